import { Module } from '@nestjs/common';
import { CertificationModule } from '../certification/certification.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { PublicViews } from './public-views';
import { VerificationController } from './verification.controller';
import { VerificationService } from './verification.service';

@Module({
  imports: [CohortsModule, CertificationModule],
  controllers: [VerificationController],
  providers: [VerificationService, PublicViews],
  exports: [VerificationService],
})
export class VerificationModule {}
