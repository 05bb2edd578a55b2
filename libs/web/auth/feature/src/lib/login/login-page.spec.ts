import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService } from '@ngx-translate/core';
import type { IdentityProviderDto } from '@peer/contract';
import { pageHarness, provideTestTranslations, visibleText } from '@peer/web/shared/testing';
import { authEn } from '../i18n/en';
import { authSv } from '../i18n/sv';
import { provideSessionHttpClient } from '@peer/web/auth/data-access';
import { aUser } from '@peer/web/auth/data-access/testing';
import { LoginPage } from './login-page';

@Component({ template: '' })
class Blank {}

describe('LoginPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: 'account/password', component: Blank },
            { path: 'admin/users', component: Blank },
            { path: '', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideSessionHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: authSv, en: authEn }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Opens the page and answers its question for the organisations one may sign in through. */
  async function open(url = '/login', providers: IdentityProviderDto[] | 'unavailable' = []) {
    const harness = await RouterTestingHarness.create(url);
    TestBed.tick();
    const list = http.expectOne({ method: 'GET', url: '/api/auth/identity-providers' });
    if (providers === 'unavailable') list.flush(null, { status: 503, statusText: 'Service Unavailable' });
    else list.flush({ providers });
    await pageHarness(harness.fixture).settle();
    const element = harness.routeNativeElement as HTMLElement;
    const input = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    return {
      harness,
      element,
      type(id: string, value: string) {
        input(id).value = value;
        input(id).dispatchEvent(new Event('input'));
      },
      async submit() {
        element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
        await harness.fixture.whenStable();
      },
      /** Lets the answer travel through the promise chain and the page re-render. */
      async settle() {
        await new Promise((resolve) => setTimeout(resolve));
        await harness.fixture.whenStable();
      },
      text: (selector: string) => element.querySelector(selector)?.textContent?.trim(),
      input,
      page: pageHarness(harness.fixture),
    };
  }

  it('labels the fields and the button', async () => {
    const { element } = await open();

    expect(element.querySelector('label[for=login-email]')?.textContent?.trim()).toBe('E-post');
    expect(element.querySelector('label[for=login-password]')?.textContent?.trim()).toBe('Lösenord');
    expect(element.querySelector('button[type=submit]')?.textContent?.trim()).toBe('Logga in');
  });

  it('asks for the missing fields without calling the API', async () => {
    const page = await open();
    await page.submit();

    expect(page.text('[role=alert]')).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(page.text('#login-email-errors')).toBe('Ange en e-postadress.');
    expect(page.text('#login-password-errors')).toBe('Ange ditt lösenord.');
    expect(page.input('login-email').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(page.input('login-email'));
  });

  it('says so when the e-mail or password is wrong', async () => {
    const page = await open();
    page.type('login-email', 'eva@example.org');
    page.type('login-password', 'wrong password');
    await page.submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, error: 'Unauthorized', message: 'Wrong e-mail or password' }, { status: 401, statusText: 'Unauthorized' });
    await page.settle();

    expect(page.text('[role=alert]')).toBe('Fel e-postadress eller lösenord.');
    expect(page.text('#login-email-errors')).toBe('');
  });

  it('shows the API’s field errors at their fields', async () => {
    const page = await open();
    page.type('login-email', 'eva@example');
    page.type('login-password', 'secret');
    await page.submit();
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Request validation failed',
        errors: [
          { field: 'email', rule: 'isEmail', message: 'email must be an e-mail address' },
          { field: 'password', rule: 'isBrandNew', message: 'password is odd' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();

    expect(page.text('#login-email-errors')).toBe('Ange en giltig e-postadress, till exempel namn@exempel.se.');
    // A rule the web has no words for reads as the generic text, never the server's English.
    expect(page.text('#login-password-errors')).toBe('Värdet är inte giltigt.');
    expect(document.activeElement).toBe(page.input('login-email'));
  });

  it('goes to the return URL after signing in', async () => {
    const page = await open('/login?returnUrl=%2Fadmin%2Fusers');
    page.type('login-email', 'ylva@example.org');
    page.type('login-password', 'secret');
    await page.submit();
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'ylva@example.org', password: 'secret' });
    request.flush(aUser({ role: 'admin' }));
    await page.settle();

    expect(TestBed.inject(Router).url).toBe('/admin/users');
  });

  it('ignores a return URL outside the app', async () => {
    const page = await open('/login?returnUrl=https%3A%2F%2Fexample.org');
    page.type('login-email', 'ylva@example.org');
    page.type('login-password', 'secret');
    await page.submit();
    http.expectOne('/api/auth/login').flush(aUser());
    await page.settle();

    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('sends a user with a temporary password to change it first', async () => {
    const page = await open('/login?returnUrl=%2Fadmin%2Fusers');
    page.type('login-email', 'asa@example.org');
    page.type('login-password', 'temporary');
    await page.submit();
    http.expectOne('/api/auth/login').flush(aUser({ mustChangePassword: true }));
    await page.settle();

    expect(TestBed.inject(Router).url).toBe('/account/password?returnUrl=%2Fadmin%2Fusers');
  });

  describe('signing in through an organisation', () => {
    const skane: IdentityProviderDto = { slug: 'nsph-skane', name: 'NSPH Skåne' };
    const goteborg: IdentityProviderDto = { slug: 'nsph-goteborg', name: 'NSPH Göteborg' };

    it('offers a plain link for each organisation with a provider, which the API sends on to the provider', async () => {
      const { page } = await open('/login', [skane, goteborg]);

      expect(page.getByRole('heading', 'Logga in via din organisation').tagName).toBe('H2');
      const links = page.allByRole<HTMLAnchorElement>('link');
      expect(links.map((link) => [visibleText(link), link.getAttribute('href')])).toEqual([
        ['Logga in med NSPH Skåne', '/api/auth/oidc/nsph-skane/start'],
        ['Logga in med NSPH Göteborg', '/api/auth/oidc/nsph-goteborg/start'],
      ]);
      expect(page.allByRole('heading').filter((h) => h.tagName === 'H1')).toHaveLength(1);

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.getByRole('heading', 'Sign in through your organisation').tagName).toBe('H2');
      expect(page.getByRole('link', 'Sign in with NSPH Skåne').getAttribute('href')).toBe('/api/auth/oidc/nsph-skane/start');
    });

    it.each([
      ['no organisation has a provider', []],
      ['the list cannot be loaded', 'unavailable'],
    ] as const)('offers no organisation when %s', async (_, providers) => {
      const { page, text, element } = await open('/login', providers === 'unavailable' ? providers : [...providers]);

      expect(page.queryByRole('heading', 'Logga in via din organisation')).toBeUndefined();
      expect(page.allByRole('link')).toEqual([]);
      expect(text('[role=alert]')).toBe('');
      expect(element.querySelector('label[for=login-email]')?.textContent?.trim()).toBe('E-post');
    });

    it('says so when signing in through the organisation did not work, in one alert', async () => {
      const { page, element } = await open('/login?signIn=failed', [skane]);

      const alerts = [...element.querySelectorAll('[role=alert]')];
      expect(alerts).toHaveLength(1);
      expect(visibleText(alerts[0])).toBe(
        'Inloggningen via din organisation gick inte. Har du inget konto här ännu, be din administratör om en inbjudan – eller logga in med lösenord.',
      );
      expect(page.getByRole('link', 'Logga in med NSPH Skåne')).toBeDefined();

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(visibleText(alerts[0])).toBe(
        'Signing in through your organisation did not work. If you have no account here yet, ask your administrator for an invitation – or sign in with your password.',
      );
    });

    it('says so when the organisation’s sign-in cannot be reached', async () => {
      const { page, text } = await open('/login?signIn=unavailable', [skane]);

      expect(text('[role=alert]')).toBe('Organisationens inloggning går inte att nå just nu. Försök igen om en stund eller logga in med lösenord.');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(text('[role=alert]')).toBe("Your organisation's sign-in cannot be reached right now. Try again shortly or sign in with your password.");
    });

    it('shows no message for another value', async () => {
      const { text } = await open('/login?signIn=nonsense');

      expect(text('[role=alert]')).toBe('');
    });

    it('replaces the message by the password form’s own', async () => {
      const page = await open('/login?signIn=failed');
      page.type('login-email', 'eva@example.org');
      page.type('login-password', 'wrong password');
      await page.submit();
      http
        .expectOne('/api/auth/login')
        .flush({ statusCode: 401, error: 'Unauthorized', message: 'Wrong e-mail or password' }, { status: 401, statusText: 'Unauthorized' });
      await page.settle();

      expect(page.text('[role=alert]')).toBe('Fel e-postadress eller lösenord.');
    });
  });
});
