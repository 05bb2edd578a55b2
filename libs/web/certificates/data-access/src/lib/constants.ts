import type { CertificateLanguage } from '@peer/contract';

/**
 * The contract's certificate languages (`CERTIFICATE_LANGUAGES` in `@peer/contract`), repeated so
 * the contract's class-validator classes stay out of the browser bundle; a unit test keeps both in step.
 */
export const CERTIFICATE_LANGUAGES: readonly CertificateLanguage[] = ['sv', 'en'];

export function isCertificateLanguage(value: unknown): value is CertificateLanguage {
  return CERTIFICATE_LANGUAGES.includes(value as CertificateLanguage);
}
