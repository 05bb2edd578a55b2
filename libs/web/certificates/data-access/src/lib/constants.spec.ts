// The contract's classes use class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { CERTIFICATE_LANGUAGES, isCertificateLanguage } from './constants';

describe('contract lists', () => {
  it('match the API contract', () => {
    expect(CERTIFICATE_LANGUAGES).toEqual(contract.CERTIFICATE_LANGUAGES);
  });

  it('recognise a certificate language', () => {
    expect(isCertificateLanguage('en')).toBe(true);
    expect(isCertificateLanguage('de')).toBe(false);
  });
});
