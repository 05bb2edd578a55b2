import type { Text } from '@peer/curriculum/model';

export const CERTIFICATE_LANGUAGES = ['sv', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];
/** `renewed`: replaced by a renewal (see `renewedBy`); it stays a true record of the period it covered. */
export type CertificateStatus = 'valid' | 'revoked' | 'superseded' | 'renewed';

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
  /** The holder's account. */
  traineeId!: string;
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
  /** The certificate this one renews, when it is a renewal. */
  renews!: string | null;
  /** The certificate that renewed this one. */
  renewedBy!: string | null;
  verifyUrl!: string;
  pdfSha256!: string;
}

export class CertificateListResponse {
  certificates!: CertificateDto[];
}

/** How far ahead the expiring-soon list looks by default, and at most. */
export const EXPIRING_DEFAULT_DAYS = 90;
export const EXPIRING_MAX_DAYS = 365;

/** Refusals of `POST /api/certificates/:id/renew` (409), besides the field errors. */
export const RENEWAL_REFUSALS = {
  /** The course version has no renewal rules: take the course again instead. */
  notRenewable: 'renewal.not-renewable',
  /** Revoked, superseded or already renewed: only a valid or expired certificate can be renewed. */
  notCurrent: 'renewal.not-current',
  /** A renewal requirement is unmet; the body's `errors` name them, one per requirement id in `field` (as certify's 409 does). */
  requirementsUnmet: 'renewal.requirements-unmet',
} as const;

/** One renewal requirement as the engine explains it, e.g. "Förnyelse: 7 av 10 handledningstimmar". */
export class RenewalRequirementDto {
  /** `renewal-course:<courseId>` or `supervision-hours`. */
  id!: string;
  kind!: 'renewal-course' | 'supervision-hours';
  status!: 'met' | 'pending';
  label!: Text;
  reason!: Text;
}

/** Whether a certificate can be renewed now, and what is still missing. */
export class RenewalDto {
  certificateId!: string;
  /** False when the course version has no renewal rules. */
  renewable!: boolean;
  /** Every requirement met and the certificate valid or expired: `POST …/renew` will issue. */
  ready!: boolean;
  /** Supervision hours attended within the certificate's validity period so far. */
  supervisionHours!: number;
  requirements!: RenewalRequirementDto[];
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

export class ShareLinkDto {
  id!: string;
  createdAt!: string;
  /** Only when created. */
  url?: string;
  /** The certificates the holder chose to show (renewals of them are shown too). */
  certificateIds!: string[];
  /** Whether the page shows her attended supervision hours. */
  includeSupervision!: boolean;
}

/** The most certificates one share link may name. */
export const SHARE_LINK_MAX_CERTIFICATES = 50;

/**
 * Refusal of `POST /api/me/share-links` (422, field `certificateIds`): a certificate is not one of
 * the holder's valid, expired or renewed certificates. Unknown, someone else's, revoked and
 * replaced certificates all answer alike.
 */
export const SHARE_LINK_NOT_SHAREABLE = 'share.certificate-not-shareable';

export class ShareLinkListResponse {
  links!: ShareLinkDto[];
}
