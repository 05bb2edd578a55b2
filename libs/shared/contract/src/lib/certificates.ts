import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import type { Text } from '@peer/curriculum/model';

export const CERTIFICATE_LANGUAGES = ['sv', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];
export type CertificateStatus = 'valid' | 'revoked' | 'superseded';

export interface CertificateDto {
  id: string;
  code: string;
  holderName: string;
  courseId: string;
  courseTitle: Text;
  version: number;
  language: CertificateLanguage;
  status: CertificateStatus;
  issuedAt: string;
  issuedBy: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  supersededBy: string | null;
  verifyUrl: string;
  pdfSha256: string;
}

export interface CertificateListResponse {
  certificates: CertificateDto[];
}

export class CertifyRequest {
  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: 'language must be sv or en' })
  language?: CertificateLanguage;
}

export class RevokeRequest {
  @IsString()
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason!: string;
}

export class ReissueRequest {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'holderName must not be blank' })
  holderName?: string;

  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: 'language must be sv or en' })
  language?: CertificateLanguage;

  @IsString()
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason!: string;
}

export class CertificateParams {
  @IsUUID('all', { message: 'certificateId must be a certificate id' })
  certificateId!: string;
}

/** Why a trainee of a cohort job was skipped or failed (stable codes the web translates). */
export type CertificationItemReason = 'requirements-unmet' | 'already-certified' | 'not-enrolled' | 'issue-failed';

/** A trainee the job skipped or could not certify. */
export interface CertificationJobItemDto {
  enrolmentId: string;
  traineeId: string;
  name: string;
  status: 'pending' | 'issued' | 'skipped' | 'failed';
  reason: CertificationItemReason | null;
}

/** A background job certifying a cohort; progress is counted per trainee. */
export interface CertificationJobDto {
  id: string;
  cohortId: string;
  /** `queued` until an instance takes it; `failed` only when the whole job could not run. */
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  pending: number;
  issued: number;
  skipped: number;
  failed: number;
  /** The trainees that failed, with their reasons; retry them with `POST …/retry`. */
  failures: CertificationJobItemDto[];
  /** Why the whole job stopped, when it did. */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export class JobParams {
  @IsUUID('all', { message: 'jobId must be a job id' })
  jobId!: string;
}

export interface ShareLinkDto {
  id: string;
  createdAt: string;
  /** Only when created. */
  url?: string;
}

export interface ShareLinkListResponse {
  links: ShareLinkDto[];
}

export class ShareLinkParams {
  @IsUUID('all', { message: 'linkId must be a share link id' })
  linkId!: string;
}
