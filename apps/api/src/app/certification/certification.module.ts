import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressModule } from '../progress/progress.module';
import { CertificateEvents } from './certificate-events';
import { CertificationController } from './certification.controller';
import { CertificationService } from './certification.service';
import { IssuerKeysService } from './issuer-keys.service';
import { ShareLinksService } from './share-links.service';

@Module({
  imports: [CohortsModule, ProgressModule],
  controllers: [CertificationController],
  providers: [CertificationService, IssuerKeysService, ShareLinksService, CertificateEvents],
  exports: [CertificationService, IssuerKeysService, CertificateEvents],
})
export class CertificationModule {}
