import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestTranslations } from '@peer/web/shared/testing';
import { authEn } from '../i18n/en';
import { authSv } from '../i18n/sv';
import { AuthService, provideSessionHttpClient } from '@peer/web/auth/data-access';
import { aUser } from '@peer/web/auth/data-access/testing';
import { ChangePasswordPage } from './change-password-page';

@Component({ template: '' })
class Blank {}

const NEW_PASSWORD = 'a sentence that is long enough';

describe('ChangePasswordPage', () => {
  let http: HttpTestingController;

  async function signIn(mustChangePassword: boolean) {
    const auth = TestBed.inject(AuthService);
    const me = auth.me();
    http.expectOne('/api/auth/me').flush(aUser({ mustChangePassword }));
    await me;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'account/password', component: ChangePasswordPage },
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

  async function open(url = '/account/password') {
    const harness = await RouterTestingHarness.create(url);
    const element = harness.routeNativeElement as HTMLElement;
    const input = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    return {
      harness,
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
    };
  }

  async function fillIn(page: Awaited<ReturnType<typeof open>>, confirm = NEW_PASSWORD) {
    page.type('current-password', 'temporary-password');
    page.type('new-password', NEW_PASSWORD);
    page.type('confirm-password', confirm);
  }

  it('checks length and repetition before calling the API', async () => {
    await signIn(false);
    const page = await open();
    page.type('current-password', 'old');
    page.type('new-password', 'too short');
    page.type('confirm-password', 'something else');
    await page.submit();

    expect(page.text('#new-password-errors')).toBe('Lösenordet måste ha minst 12 tecken.');
    expect(page.text('#confirm-password-errors')).toBe('Lösenorden är inte likadana.');
    expect(document.activeElement).toBe(page.input('new-password'));
  });

  it('shows the API’s answer at the right field', async () => {
    await signIn(false);
    const page = await open();
    await fillIn(page);
    await page.submit();
    http.expectOne('/api/auth/password').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'currentPassword is wrong',
        errors: [{ field: 'currentPassword', rule: 'matchesCurrent', message: 'currentPassword is wrong' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();

    expect(page.text('#current-password-errors')).toBe('Det nuvarande lösenordet stämmer inte.');
    expect(page.text('#new-password-errors')).toBe('');
    expect(document.activeElement).toBe(page.input('current-password'));
  });

  it('continues to the return URL after a required change', async () => {
    await signIn(true);
    const page = await open('/account/password?returnUrl=%2Fadmin%2Fusers');
    expect(page.text('.alert-info')).toBe('Du loggade in med ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.');
    await fillIn(page);
    await page.submit();
    const request = http.expectOne('/api/auth/password');
    expect(request.request.body).toEqual({ currentPassword: 'temporary-password', newPassword: NEW_PASSWORD });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();

    expect(TestBed.inject(Router).url).toBe('/admin/users');
    expect(TestBed.inject(AuthService).mustChangePassword()).toBe(false);
  });

  it('confirms a voluntary change and empties the form', async () => {
    await signIn(false);
    const page = await open();
    await fillIn(page);
    await page.submit();
    http.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();

    expect(page.text('[role=status]')).toBe('Ditt lösenord är bytt.');
    expect(page.input('new-password').value).toBe('');
    expect(page.text('#confirm-password-errors')).toBe('');
    expect(TestBed.inject(Router).url).toBe('/account/password');
  });
});
