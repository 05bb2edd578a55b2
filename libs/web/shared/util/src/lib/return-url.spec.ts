import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it.each(['/admin/users', '/account/password', '/admin/users?role=trainee'])('keeps the in-app path %s', (url) => {
    expect(safeReturnUrl(url)).toBe(url);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['https://example.org/'],
    ['//example.org/'],
    ['/\\example.org'],
    ['javascript:alert(1)'],
    ['/login'],
    ['/login?returnUrl=%2F'],
  ])('falls back for %p', (url) => {
    expect(safeReturnUrl(url)).toBe('/');
  });

  it('uses the given fallback', () => {
    expect(safeReturnUrl('https://example.org', '/home')).toBe('/home');
  });
});
