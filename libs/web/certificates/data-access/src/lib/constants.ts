import type { CertificateLanguage, RevocationReason } from '@peer/contract';
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
