import { Module } from '@nestjs/common';
import { CertificationModule } from '../certification/certification.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { TypeormPublicCertificateRepository } from './persistence/typeorm-public-certificate.repository';
import { PublicCertificateRepository } from './public-certificate.repository';
import { PublicViews } from './public-views';
import { VerificationController } from './verification.controller';
import { VerificationService } from './verification.service';

@Module({
  imports: [CohortsModule, CertificationModule, SupervisionModule],
  controllers: [VerificationController],
  providers: [VerificationService, PublicViews, { provide: PublicCertificateRepository, useClass: TypeormPublicCertificateRepository }],
  exports: [VerificationService],
})
export class VerificationModule {}
