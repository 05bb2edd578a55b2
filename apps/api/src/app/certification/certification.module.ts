import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressModule } from '../progress/progress.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { CertificateEvents } from './certificate-events';
import { CertificateFactory } from './certificate-factory';
import { CertificateRepository } from './certificate.repository';
import { CertificationJobRepository } from './certification-job.repository';
import { CertificationController } from './certification.controller';
import { CertificationService } from './certification.service';
import { CohortCertification } from './cohort-certification';
import { ExpiryReminderRepository } from './expiry-reminder.repository';
import { ExpiryReminders } from './expiry-reminders';
import { IssuerKeysService } from './issuer-keys.service';
import { Issuers } from './issuers';
import { PublicUrls } from './public-urls';
import { RenewalService } from './renewal';
import { ShareLinkRepository } from './share-link.repository';
import { ShareLinksService } from './share-links.service';
import { CertificateSignatoryController } from './branding/certificate-signatory.controller';
import { CertificateSignatoryService } from './branding/certificate-signatory.service';
import { OrganisationLogoController } from './branding/organisation-logo.controller';
import { OrganisationLogoService } from './branding/organisation-logo.service';
import { StatusLists } from './persistence/status-lists';
import { TypeormCertificateRepository } from './persistence/typeorm-certificate.repository';
import { TypeormCertificationJobRepository } from './persistence/typeorm-certification-job.repository';
import { TypeormExpiryReminderRepository } from './persistence/typeorm-expiry-reminder.repository';
import { TypeormShareLinkRepository } from './persistence/typeorm-share-link.repository';

@Module({
  imports: [CohortsModule, ProgressModule, SupervisionModule],
  controllers: [CertificationController, CertificateSignatoryController, OrganisationLogoController],
  providers: [
    CertificationService,
    CertificateSignatoryService,
    OrganisationLogoService,
    CertificateFactory,
    CohortCertification,
    IssuerKeysService,
    Issuers,
    ShareLinksService,
    CertificateEvents,
    StatusLists,
    PublicUrls,
    ExpiryReminders,
    RenewalService,
    { provide: ExpiryReminderRepository, useClass: TypeormExpiryReminderRepository },
    { provide: CertificateRepository, useClass: TypeormCertificateRepository },
    { provide: CertificationJobRepository, useClass: TypeormCertificationJobRepository },
    { provide: ShareLinkRepository, useClass: TypeormShareLinkRepository },
  ],
  exports: [CertificationService, CertificateRepository, ShareLinksService, IssuerKeysService, Issuers, CertificateEvents, StatusLists, PublicUrls],
})
export class CertificationModule {}
