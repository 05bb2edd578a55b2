import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, MaxLength } from 'class-validator';
import type { Text } from '@peer/curriculum/model';

export const CERTIFICATE_LANGUAGES = ['sv', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];
export type CertificateStatus = 'valid' | 'revoked' | 'superseded';

/**
 * The reasons a revocation may give publicly. A fixed list, so the public
 * verification page states a fact and never repeats what a leader typed.
 */
export const REVOCATION_REASONS = ['issued-in-error', 'requirements-not-met', 'withdrawn-at-holders-request'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];
/** `unspecified`: revoked before the reasons were fixed; publicly only "revoked" and the date. */
export type RevocationCode = RevocationReason | 'unspecified';

/** What the public verification page says of each reason; null says nothing beyond "revoked". */
export const REVOCATION_PUBLIC_TEXT: Readonly<Record<RevocationReason, Text> & Record<'unspecified', null>> = {
  'issued-in-error': { sv: 'Utfärdat av misstag', en: 'Issued in error' },
  'requirements-not-met': { sv: 'Kraven för intyget var inte uppfyllda', en: 'The requirements for the certificate were not met' },
  'withdrawn-at-holders-request': { sv: 'Återkallat på innehavarens begäran', en: 'Withdrawn at the holder’s request' },
  unspecified: null,
};

export const REVOCATION_NOTE_MAX = 500;

export class CertificateDto {
  id!: string;
  code!: string;
  holderName!: string;
  courseId!: string;
  courseTitle!: Text;
  version!: number;
  language!: CertificateLanguage;
  status!: CertificateStatus;
  issuedAt!: string;
  /** End of the validity period (ISO instant); null when the certificate never expires. */
  validUntil!: string | null;
  issuedBy!: string | null;
  revokedAt!: string | null;
  /** The public reason of a revoked certificate. */
  revocationCode!: RevocationCode | null;
  /** Staff only: never on a public page, and not in the holder's own list. */
  revocationNote!: string | null;
  supersededBy!: string | null;
  verifyUrl!: string;
  pdfSha256!: string;
}

export class CertificateListResponse {
  certificates!: CertificateDto[];
}

export class CertifyRequest {
  @IsOptional()
  @IsIn(CERTIFICATE_LANGUAGES, { message: 'language must be sv or en' })
  language?: CertificateLanguage;
}

export class RevokeRequest {
  @IsIn(REVOCATION_REASONS, { message: `reason must be one of ${REVOCATION_REASONS.join(', ')}` })
  reason!: RevocationReason;

  /** Internal: for staff only, never shown publicly. */
  @IsOptional()
  @IsString()
  @MaxLength(REVOCATION_NOTE_MAX, { message: `note must be at most ${REVOCATION_NOTE_MAX} characters` })
  note?: string;
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

/** How far ahead the expiring-soon list looks by default, and at most. */
export const EXPIRING_DEFAULT_DAYS = 90;
export const EXPIRING_MAX_DAYS = 365;

/** Valid certificates whose validity ends within `days` days from now. */
export class ExpiringCertificatesQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(EXPIRING_MAX_DAYS, { message: `days must be at most ${EXPIRING_MAX_DAYS}` })
  days?: number;
}

export class CertificateParams {
  @IsUUID('all', { message: 'certificateId must be a certificate id' })
  certificateId!: string;
}

/** Why a trainee of a cohort job was skipped or failed (stable codes the web translates). */
export type CertificationItemReason = 'requirements-unmet' | 'prerequisite-missing' | 'already-certified' | 'not-enrolled' | 'issue-failed';

/** A trainee the job skipped or could not certify. */
export class CertificationJobItemDto {
  enrolmentId!: string;
  traineeId!: string;
  name!: string;
  status!: 'pending' | 'issued' | 'skipped' | 'failed';
  reason!: CertificationItemReason | null;
}

/** A background job certifying a cohort; progress is counted per trainee. */
export class CertificationJobDto {
  id!: string;
  cohortId!: string;
  /** `queued` until an instance takes it; `failed` only when the whole job could not run. */
  status!: 'queued' | 'running' | 'done' | 'failed';
  total!: number;
  pending!: number;
  issued!: number;
  skipped!: number;
  failed!: number;
  /** The trainees that failed, with their reasons; retry them with `POST …/retry`. */
  failures!: CertificationJobItemDto[];
  /** Why the whole job stopped, when it did. */
  error!: string | null;
  createdAt!: string;
  finishedAt!: string | null;
}

export class JobParams {
  @IsUUID('all', { message: 'jobId must be a job id' })
  jobId!: string;
}

export class ShareLinkDto {
  id!: string;
  createdAt!: string;
  /** Only when created. */
  url?: string;
}

export class ShareLinkListResponse {
  links!: ShareLinkDto[];
}

export class ShareLinkParams {
  @IsUUID('all', { message: 'linkId must be a share link id' })
  linkId!: string;
}
