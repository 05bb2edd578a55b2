import type { CertificateLanguage, RENEWAL_REFUSALS, RevocationReason, SHARE_LINK_NOT_SHAREABLE } from '@peer/contract';
import type { Text } from '@peer/curriculum/model';

/**
 * The contract's certificate languages (`CERTIFICATE_LANGUAGES` in `@peer/contract`), repeated so
 * the contract's class-validator classes stay out of the browser bundle; a unit test keeps both in step.
 */
export const CERTIFICATE_LANGUAGES: readonly CertificateLanguage[] = ['sv', 'en'];

export function isCertificateLanguage(value: unknown): value is CertificateLanguage {
  return CERTIFICATE_LANGUAGES.includes(value as CertificateLanguage);
}

/** The contract's public revocation reasons (`REVOCATION_REASONS`), in the order the form offers them. */
export const REVOCATION_REASONS: readonly RevocationReason[] = ['issued-in-error', 'requirements-not-met', 'withdrawn-at-holders-request'];

/**
 * The contract's `REVOCATION_PUBLIC_TEXT`: word for word what the public verification page says,
 * so the revoke form can show the leader exactly that; the unit test fails if they drift apart.
 */
export const REVOCATION_PUBLIC_TEXT: Readonly<Record<RevocationReason, Text> & Record<'unspecified', null>> = {
  'issued-in-error': { sv: 'Utfärdat av misstag', en: 'Issued in error' },
  'requirements-not-met': { sv: 'Kraven för intyget var inte uppfyllda', en: 'The requirements for the certificate were not met' },
  'withdrawn-at-holders-request': { sv: 'Återkallat på innehavarens begäran', en: 'Withdrawn at the holder’s request' },
  unspecified: null,
};

export const REVOCATION_NOTE_MAX = 500;

/** The contract's `RENEWAL_REFUSALS`, the codes of a refused renewal; the unit test keeps them in step. */
export const RENEWAL_REFUSAL_CODES: typeof RENEWAL_REFUSALS = {
  notRenewable: 'renewal.not-renewable',
  notCurrent: 'renewal.not-current',
  requirementsUnmet: 'renewal.requirements-unmet',
};

/** The contract's `SHARE_LINK_NOT_SHAREABLE`: a chosen certificate is no longer hers to share; the unit test keeps it in step. */
export const SHARE_LINK_NOT_SHAREABLE_CODE: typeof SHARE_LINK_NOT_SHAREABLE = 'share.certificate-not-shareable';

/** How far ahead the expiring list may look: the contract's default and maximum (`EXPIRING_DEFAULT_DAYS`, `EXPIRING_MAX_DAYS`). */
export const EXPIRING_DAYS = { default: 90, max: 365 } as const;
