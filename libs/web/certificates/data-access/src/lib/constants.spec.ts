import { isCertificateLanguage } from './constants';

describe('contract lists', () => {
  it('recognise a certificate language', () => {
    expect(isCertificateLanguage('en')).toBe(true);
    expect(isCertificateLanguage('de')).toBe(false);
  });
});
