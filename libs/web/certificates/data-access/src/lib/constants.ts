import { CERTIFICATE_LANGUAGES, type CertificateLanguage, EXPIRING_DEFAULT_DAYS, EXPIRING_MAX_DAYS, RENEWAL_REFUSALS, SHARE_LINK_NOT_SHAREABLE } from '@peer/contract';

/**
 * The contract's certificate lists and limits: the languages, the public revocation reasons in
 * the order the form offers them, and what the public verification page says of each reason,
 * word for word, so the revoke form can show the leader exactly that.
 */
export { CERTIFICATE_LANGUAGES, REVOCATION_NOTE_MAX, REVOCATION_PUBLIC_TEXT, REVOCATION_REASONS } from '@peer/contract';

export function isCertificateLanguage(value: unknown): value is CertificateLanguage {
  return CERTIFICATE_LANGUAGES.includes(value as CertificateLanguage);
}

/** The codes of a refused renewal (the contract's `RENEWAL_REFUSALS`). */
export const RENEWAL_REFUSAL_CODES = RENEWAL_REFUSALS;

/** A chosen certificate is no longer hers to share (the contract's `SHARE_LINK_NOT_SHAREABLE`). */
export const SHARE_LINK_NOT_SHAREABLE_CODE = SHARE_LINK_NOT_SHAREABLE;

/** How far ahead the expiring list may look: the contract's default and maximum. */
export const EXPIRING_DAYS = { default: EXPIRING_DEFAULT_DAYS, max: EXPIRING_MAX_DAYS } as const;
