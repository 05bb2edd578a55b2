import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CertificateDto,
  CertificateListResponse,
  CertificationJobDto,
  EXPIRING_DEFAULT_DAYS,
  LatestCertificationJobResponse,
  RenewalDto,
  ShareLinkDto,
  ShareLinkListResponse,
  SigningKeyResponse,
} from '@peer/contract';
import {
  CertificateParams,
  CertifyRequest,
  CohortParams,
  CohortTraineeParams,
  CreateShareLinkRequest,
  ExpiringCertificatesQuery,
  JobParams,
  ReissueRequest,
  RenewRequest,
  RevokeRequest,
  ShareLinkParams,
} from '@peer/contract/validation';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { ApiFileResponse } from '../openapi';
import { CertificationService } from './certification.service';
import { CohortCertification } from './cohort-certification';
import { RenewalService } from './renewal';
import { ShareLinksService } from './share-links.service';

@ApiTags('certificates')
@Controller()
export class CertificationController {
  constructor(
    private readonly certification: CertificationService,
    private readonly cohortJobs: CohortCertification,
    private readonly shareLinks: ShareLinksService,
    private readonly renewals: RenewalService,
  ) {}

  @Post('cohorts/:cohortId/trainees/:traineeId/certify')
  @Roles('admin', 'course_leader')
  certify(@CurrentUser() actor: Principal, @Param() params: CohortTraineeParams, @Body() body: CertifyRequest): Promise<CertificateDto> {
    return this.certification.certify(actor, params.cohortId, params.traineeId, body.language ?? 'sv');
  }

  /** Queues the cohort's certification; while a job is open, answers with that one. */
  @Post('cohorts/:cohortId/certification-jobs')
  @Roles('admin', 'course_leader')
  @HttpCode(202)
  startJob(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Body() body: CertifyRequest): Promise<CertificationJobDto> {
    return this.cohortJobs.start(actor, params.cohortId, body.language ?? 'sv');
  }

  /** The cohort's newest job (`job` is null when none was started). */
  @Get('cohorts/:cohortId/certification-jobs/latest')
  @Roles('admin', 'course_leader')
  async latestJob(@CurrentUser() actor: Principal, @Param() params: CohortParams): Promise<LatestCertificationJobResponse> {
    return { job: await this.cohortJobs.latest(actor, params.cohortId) };
  }

  @Get('certification-jobs/:jobId')
  @Roles('admin', 'course_leader')
  job(@CurrentUser() actor: Principal, @Param() params: JobParams): Promise<CertificationJobDto> {
    return this.cohortJobs.job(actor, params.jobId);
  }

  /** Queues the trainees that failed again. */
  @Post('certification-jobs/:jobId/retry')
  @Roles('admin', 'course_leader')
  @HttpCode(202)
  retryJob(@CurrentUser() actor: Principal, @Param() params: JobParams): Promise<CertificationJobDto> {
    return this.cohortJobs.retry(actor, params.jobId);
  }

  @Get('cohorts/:cohortId/certificates')
  @Roles('admin', 'course_leader')
  async forCohort(@CurrentUser() actor: Principal, @Param() params: CohortParams): Promise<CertificateListResponse> {
    return { certificates: await this.certification.forCohort(actor, params.cohortId) };
  }

  /** Valid certificates expiring within `days` (default 90): administrators all, a course leader those of her cohorts' trainees. */
  @Get('certificates/expiring')
  @Roles('admin', 'course_leader')
  async expiring(@CurrentUser() actor: Principal, @Query() query: ExpiringCertificatesQuery): Promise<CertificateListResponse> {
    return { certificates: await this.certification.expiring(actor, query.days ?? EXPIRING_DEFAULT_DAYS) };
  }

  @Post('certificates/:certificateId/revoke')
  @Roles('admin', 'course_leader')
  revoke(@CurrentUser() actor: Principal, @Param() params: CertificateParams, @Body() body: RevokeRequest): Promise<CertificateDto> {
    return this.certification.revoke(actor, params.certificateId, body.reason, body.note);
  }

  @Post('certificates/:certificateId/reissue')
  @Roles('admin', 'course_leader')
  reissue(@CurrentUser() actor: Principal, @Param() params: CertificateParams, @Body() body: ReissueRequest): Promise<CertificateDto> {
    return this.certification.reissue(actor, params.certificateId, body);
  }

  /** Whether the certificate can be renewed now and what is missing: for staff who reach the holder, and the holder herself. */
  @Get('certificates/:certificateId/renewal')
  @Roles('admin', 'course_leader', 'trainee')
  renewal(@CurrentUser() actor: Principal, @Param() params: CertificateParams): Promise<RenewalDto> {
    return this.renewals.renewal(actor, params.certificateId);
  }

  /** A new certificate of the same course version for another period; the old one becomes `renewed`. */
  @Post('certificates/:certificateId/renew')
  @Roles('admin', 'course_leader')
  renew(@CurrentUser() actor: Principal, @Param() params: CertificateParams, @Body() body: RenewRequest): Promise<CertificateDto> {
    return this.renewals.renew(actor, params.certificateId, body.language);
  }

  /** The bytes stored at issue: a certificate is never regenerated. */
  @Get('certificates/:certificateId/pdf')
  @ApiFileResponse('application/pdf', 'binary', 'The certificate PDF as stored at issue')
  @Roles('admin', 'course_leader', 'trainee')
  async pdf(@CurrentUser() actor: Principal, @Param() params: CertificateParams, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const { bytes, filename } = await this.certification.pdf(actor, params.certificateId);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return new StreamableFile(bytes);
  }

  @Get('me/certificates')
  @Roles('trainee')
  async mine(@CurrentUser() actor: Principal): Promise<CertificateListResponse> {
    return { certificates: await this.certification.mine(actor) };
  }

  /** A link showing the certificates she chose (and the renewals of them), and her supervision hours if she wishes. */
  @Post('me/share-links')
  @Roles('trainee')
  share(@CurrentUser() actor: Principal, @Body() body: CreateShareLinkRequest): Promise<ShareLinkDto> {
    return this.shareLinks.create(actor, body);
  }

  @Get('me/share-links')
  @Roles('trainee')
  async links(@CurrentUser() actor: Principal): Promise<ShareLinkListResponse> {
    return { links: await this.shareLinks.list(actor) };
  }

  @Delete('me/share-links/:linkId')
  @Roles('trainee')
  @HttpCode(204)
  unshare(@CurrentUser() actor: Principal, @Param() params: ShareLinkParams): Promise<void> {
    return this.shareLinks.revoke(actor, params.linkId);
  }

  /**
   * Retires the caller's organisation's signing key (the national administrator: the installation's,
   * which signs the revocation lists of the certificates of before); it stays published so the
   * certificates it signed still verify.
   */
  @Post('signing-keys/rotate')
  @Roles('admin', 'national_admin')
  async rotate(@CurrentUser() actor: Principal): Promise<SigningKeyResponse> {
    return { keyId: await this.certification.rotateKey(actor) };
  }
}
