// The contract's classes use class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { CERTIFICATE_LANGUAGES, EXPIRING_DAYS, isCertificateLanguage, RENEWAL_REFUSAL_CODES, REVOCATION_NOTE_MAX, REVOCATION_PUBLIC_TEXT, REVOCATION_REASONS } from './constants';
import { SHARE_LINK_NOT_SHAREABLE_CODE } from './constants';

describe('contract lists', () => {
  it('match the API contract', () => {
    expect(CERTIFICATE_LANGUAGES).toEqual(contract.CERTIFICATE_LANGUAGES);
    expect(REVOCATION_REASONS).toEqual(contract.REVOCATION_REASONS);
    expect(REVOCATION_PUBLIC_TEXT).toEqual(contract.REVOCATION_PUBLIC_TEXT);
    expect(REVOCATION_NOTE_MAX).toBe(contract.REVOCATION_NOTE_MAX);
    expect(RENEWAL_REFUSAL_CODES).toEqual(contract.RENEWAL_REFUSALS);
    expect(SHARE_LINK_NOT_SHAREABLE_CODE).toBe(contract.SHARE_LINK_NOT_SHAREABLE);
    expect(EXPIRING_DAYS).toEqual({ default: contract.EXPIRING_DEFAULT_DAYS, max: contract.EXPIRING_MAX_DAYS });
  });

  it('recognise a certificate language', () => {
    expect(isCertificateLanguage('en')).toBe(true);
    expect(isCertificateLanguage('de')).toBe(false);
  });
});
