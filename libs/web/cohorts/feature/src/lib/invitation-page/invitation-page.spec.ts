import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { InvitationLinkDto } from '@peer/contract';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { cohortsEn } from '../i18n/en';
import { cohortsSv } from '../i18n/sv';
import { InvitationPage } from './invitation-page';

const TOKEN = 'A'.repeat(43);
const LINK: InvitationLinkDto = {
  account: 'new',
  cohortName: 'Umeå hösten 2026',
  courseTitle: { sv: 'Grundutbildning', en: 'Base course' },
  name: 'Nora Felstavad',
  email: 'nora@example.org',
  expiresAt: '2026-09-15T08:00:00.000Z',
};

describe('InvitationPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: cohortsSv, en: cohortsEn }), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const fixture = TestBed.createComponent(InvitationPage);
    fixture.componentRef.setInput('token', TOKEN);
    TestBed.tick();
    answer(http.expectOne(`/api/invitations/${TOKEN}`));
    http.expectOne('/api/auth/me').flush({ statusCode: 401, code: 'auth.required', error: 'Unauthorized', message: 'Sign in first' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  const type = (element: HTMLElement, id: string, value: string) => {
    const input = element.querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('says so when the link is unknown, used or expired', async () => {
    const element = await open((request) => request.flush({ statusCode: 404, code: 'not-found', error: 'Not Found', message: 'No such invitation' }, { status: 404, statusText: 'Not Found' }));
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('Länken gäller inte längre. Den kan redan vara använd, återkallad eller för gammal. Be din kursledare om en ny inbjudan.');
    expect(element.querySelector('form')).toBeNull();
  });

  it('lets a new person correct her name and choose a password, then signs her in and opens her training', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const element = await open((request) => request.flush(LINK));
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Inbjudan till Umeå hösten 2026');
    expect((element.querySelector('#invitation-name') as HTMLInputElement).value).toBe('Nora Felstavad');

    type(element, 'invitation-name', 'Nora Rättstavad');
    type(element, 'invitation-password', 'ett långt eget lösenord');
    type(element, 'invitation-confirm', 'ett långt eget lösenord');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const register = http.expectOne({ method: 'POST', url: `/api/invitations/${TOKEN}/register` });
    expect(register.request.body).toEqual({ name: 'Nora Rättstavad', password: 'ett långt eget lösenord' });
    register.flush({ email: 'nora@example.org' });
    await settle();
    const login = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(login.request.body).toEqual({ email: 'nora@example.org', password: 'ett långt eget lösenord' });
    login.flush({ id: 'u-1', email: 'nora@example.org', name: 'Nora Rättstavad', role: 'trainee', mustChangePassword: false, personalIdentity: false });
    await settle();

    expect(navigate).toHaveBeenCalledWith('/training');
  });

  it('sends nothing while the two passwords differ', async () => {
    const element = await open((request) => request.flush(LINK));
    type(element, 'invitation-password', 'ett långt eget lösenord');
    type(element, 'invitation-confirm', 'ett annat långt lösenord');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    http.expectNone(`/api/invitations/${TOKEN}/register`);
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('Något behöver rättas. Se meddelandena vid fälten.');
  });

  it('asks someone who already has an account to sign in, coming back to the link', async () => {
    const element = await open((request) => request.flush({ ...LINK, account: 'existing' }));
    const signIn = element.querySelector('a.btn') as HTMLAnchorElement;
    expect(signIn.textContent?.trim()).toBe('Logga in för att svara');
    expect(signIn.getAttribute('href')).toBe(`/login?returnUrl=%2Finvitations%2F${TOKEN}`);
    expect(element.querySelector('form')).toBeNull();
  });
});
