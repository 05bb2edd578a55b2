import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import type { OrganisationIdentityProviderDto, OrganisationIdentityProviderResponse } from '@peer/contract';
import { pageHarness, provideTestTranslations, visibleText } from '@peer/web/shared/testing';
import { identityProviderEn } from '../i18n/en';
import { identityProviderSv } from '../i18n/sv';
import { IdentityProviderPage } from './identity-provider-page';

const API = '/api/organisation/identity-provider';
const REDIRECT_URI = 'https://peer.example.org/api/auth/oidc/callback';
const skane: OrganisationIdentityProviderDto = { issuer: 'https://login.skane.example.org', clientId: 'peer-academy', identityClaim: null, identityScope: null, redirectUri: REDIRECT_URI };

describe('IdentityProviderPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: identityProviderSv, en: identityProviderEn })],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(settings: OrganisationIdentityProviderResponse) {
    const fixture = TestBed.createComponent(IdentityProviderPage);
    // Not whenStable(): the request keeps the app busy until the test answers it.
    TestBed.tick();
    http.expectOne({ method: 'GET', url: API }).flush(settings);
    const page = pageHarness(fixture);
    await page.settle();
    const field = (label: string) => page.getByRole<HTMLInputElement>('textbox', label);
    const facts = () => page.texts('dt').map((term, i) => `${term}: ${page.texts('dd')[i]}`);
    return { ...page, field, facts, status: () => page.text('.page > [role=status]') };
  }

  async function fillIn(page: Awaited<ReturnType<typeof open>>, values: { issuer: string; clientId: string; clientSecret: string }) {
    await page.type('Leverantörens adress (issuer)', values.issuer);
    await page.type('Klient-id', values.clientId);
    await page.type('Klienthemlighet', values.clientSecret);
  }

  it('explains the sign-in and shows the address to register at the provider before one is set up', async () => {
    const page = await open({ provider: null, redirectUri: REDIRECT_URI });

    expect(page.getByRole('heading', 'Inloggning via organisationen').tagName).toBe('H1');
    expect(page.allByRole('heading').filter((h) => h.tagName === 'H1')).toHaveLength(1);
    expect(page.text('.page-header')).toContain('kopplas inloggningen till kontot med samma verifierade e-postadress');
    expect(page.text('.page-header')).toContain('Ingen får ett konto eller behörighet genom att logga in');
    const address = page.field('Adress att registrera hos leverantören');
    expect(address.value).toBe(REDIRECT_URI);
    expect(address.readOnly).toBe(true);
    expect(page.text()).toContain('Ingen inloggning via organisationen är inställd än.');
    expect(page.queryByRole('button', 'Ta bort inloggningen')).toBeUndefined();
    expect(page.getByRole('heading', 'Ställ in inloggningen').tagName).toBe('H2');
    expect(page.field('Leverantörens adress (issuer)').value).toBe('');
    const secret = page.field('Klienthemlighet');
    expect([secret.type, secret.getAttribute('autocomplete')]).toEqual(['password', 'off']);

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.getByRole('heading', 'Sign-in through the organisation').tagName).toBe('H1');
    expect(page.field('Address to register at the provider').value).toBe(REDIRECT_URI);
    expect(page.getByRole('button', 'Save the sign-in')).toBeDefined();
  });

  it('shows the provider set up, never its secret, and starts the form from it', async () => {
    const page = await open({ provider: skane, redirectUri: REDIRECT_URI });

    expect(page.facts()).toEqual(['Leverantörens adress: https://login.skane.example.org', 'Klient-id: peer-academy']);
    expect(page.getByRole('heading', 'Ändra inloggningen').tagName).toBe('H2');
    expect(page.field('Leverantörens adress (issuer)').value).toBe('https://login.skane.example.org');
    expect(page.field('Klient-id').value).toBe('peer-academy');
    expect(page.field('Klienthemlighet').value).toBe('');
    expect(page.getByRole('button', 'Ta bort inloggningen')).toBeDefined();
  });

  it('saves the provider, says so and shows the new settings', async () => {
    const page = await open({ provider: null, redirectUri: REDIRECT_URI });

    await fillIn(page, { issuer: ' https://login.skane.example.org ', clientId: 'peer-academy ', clientSecret: ' s3cret with spaces' });
    await page.click('Spara inloggningen');
    const request = http.expectOne({ method: 'PUT', url: API });
    expect(request.request.body).toEqual({ issuer: 'https://login.skane.example.org', clientId: 'peer-academy', clientSecret: ' s3cret with spaces' });
    request.flush(skane);
    await page.settle();

    expect(page.status()).toBe('Inloggningen via organisationen är sparad.');
    expect(page.facts()).toEqual(['Leverantörens adress: https://login.skane.example.org', 'Klient-id: peer-academy']);
    expect(page.field('Klienthemlighet').value).toBe('');
    expect(page.field('Klienthemlighet').getAttribute('aria-invalid')).toBe('false');
    expect(page.getByRole('heading', 'Ändra inloggningen')).toBeDefined();

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.status()).toBe('Sign-in through the organisation is saved.');
  });

  it('shows the API’s objection to the issuer at its field, and keeps what was typed', async () => {
    const page = await open({ provider: null, redirectUri: REDIRECT_URI });

    await fillIn(page, { issuer: 'https://login.skane.example.org?tenant=peer', clientId: 'peer-academy', clientSecret: 's3cret' });
    await page.click('Spara inloggningen');
    http.expectOne({ method: 'PUT', url: API }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Request validation failed',
        code: 'request.invalid',
        errors: [{ field: 'issuer', rule: 'matches', code: 'field.matches', message: 'issuer must be an https URL (http only for localhost)' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();

    const issuer = page.field('Leverantörens adress (issuer)');
    expect(page.text('#identity-provider-issuer-errors')).toBe('Ange en https-adress.');
    expect(issuer.getAttribute('aria-invalid')).toBe('true');
    expect(issuer.getAttribute('aria-describedby')).toBe('identity-provider-issuer-hint-0 identity-provider-issuer-errors');
    expect(issuer.value).toBe('https://login.skane.example.org?tenant=peer');
    expect(page.field('Klient-id').getAttribute('aria-invalid')).toBe('false');
    expect(page.text('peer-form-message')).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(page.status()).toBe('');
    expect(issuer).toBe(document.activeElement);

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.text('#identity-provider-issuer-errors')).toBe('Enter an https address.');
  });

  it('checks the fields before sending: an https address, a client ID without spaces and a secret', async () => {
    const page = await open({ provider: null, redirectUri: REDIRECT_URI });

    await fillIn(page, { issuer: 'http://login.skane.example.org', clientId: 'peer academy', clientSecret: '' });
    await page.click('Spara inloggningen');
    http.expectNone({ method: 'PUT', url: API });

    expect(page.text('#identity-provider-issuer-errors')).toBe('Ange en https-adress.');
    expect(page.text('#identity-provider-client-id-errors')).toBe('Klient-id får inte innehålla mellanslag.');
    expect(page.text('#identity-provider-client-secret-errors')).toBe('Ange klienthemligheten.');

    // A provider on this machine, during development, may use http.
    await fillIn(page, { issuer: 'http://localhost:3001', clientId: 'peer-academy', clientSecret: 's3cret' });
    await page.click('Spara inloggningen');
    http.expectOne({ method: 'PUT', url: API }).flush({ ...skane, issuer: 'http://localhost:3001' });
    await page.settle();
    expect(page.status()).toBe('Inloggningen via organisationen är sparad.');
  });

  it('links by a personal identity number when a claim is given, sending the claim and scope only when filled', async () => {
    const page = await open({ provider: null, redirectUri: REDIRECT_URI });

    expect(page.text('fieldset legend')).toBe('Inloggning med personnummer');
    expect(page.field('Anspråk med personnummer').value).toBe('');
    expect(page.text('#identity-provider-identity-claim-hint-0')).toBe(
      'Namnet på det anspråk i ID-token där leverantören skickar personnumret, till exempel personal_identity_number. Lämna tomt för att bara koppla via verifierad e-post.',
    );
    expect(page.text('#identity-provider-identity-scope-hint-0')).toBe('Om leverantören bara lämnar ut personnumret med ett visst scope, till exempel för Freja eID.');

    // Only the claim: no scope is sent.
    await fillIn(page, { issuer: 'https://login.skane.example.org', clientId: 'peer-academy', clientSecret: 's3cret' });
    await page.type('Anspråk med personnummer', ' personal_identity_number ');
    await page.type('Extra scope', '   ');
    await page.click('Spara inloggningen');
    const first = http.expectOne({ method: 'PUT', url: API });
    expect(first.request.body).toEqual({
      issuer: 'https://login.skane.example.org',
      clientId: 'peer-academy',
      clientSecret: 's3cret',
      identityClaim: 'personal_identity_number',
    });
    first.flush({ ...skane, identityClaim: 'personal_identity_number' });
    await page.settle();
    expect(page.facts()).toEqual([
      'Leverantörens adress: https://login.skane.example.org',
      'Klient-id: peer-academy',
      'Anspråk med personnummer: personal_identity_number',
    ]);
    expect(page.field('Anspråk med personnummer').value).toBe('personal_identity_number');
    expect(page.field('Extra scope').value).toBe('');

    // Both.
    await page.type('Klienthemlighet', 's3cret');
    await page.type('Extra scope', 'https://frejaeid.com/oidc/scopes/personalIdentityNumber ');
    await page.click('Spara inloggningen');
    const second = http.expectOne({ method: 'PUT', url: API });
    expect(second.request.body).toEqual({
      issuer: 'https://login.skane.example.org',
      clientId: 'peer-academy',
      clientSecret: 's3cret',
      identityClaim: 'personal_identity_number',
      identityScope: 'https://frejaeid.com/oidc/scopes/personalIdentityNumber',
    });
    second.flush({ ...skane, identityClaim: 'personal_identity_number', identityScope: 'https://frejaeid.com/oidc/scopes/personalIdentityNumber' });
    await page.settle();
    expect(page.facts()).toEqual([
      'Leverantörens adress: https://login.skane.example.org',
      'Klient-id: peer-academy',
      'Anspråk med personnummer: personal_identity_number',
      'Extra scope: https://frejaeid.com/oidc/scopes/personalIdentityNumber',
    ]);

    // Emptied: by verified e-mail only again, neither is sent.
    await page.type('Klienthemlighet', 's3cret');
    await page.type('Anspråk med personnummer', '');
    await page.type('Extra scope', '');
    await page.click('Spara inloggningen');
    const third = http.expectOne({ method: 'PUT', url: API });
    expect(third.request.body).toEqual({ issuer: 'https://login.skane.example.org', clientId: 'peer-academy', clientSecret: 's3cret' });
    third.flush(skane);
    await page.settle();
    expect(page.facts()).toEqual(['Leverantörens adress: https://login.skane.example.org', 'Klient-id: peer-academy']);

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.text('fieldset legend')).toBe('Sign-in by personal identity number');
    expect(page.field('Claim with the personal identity number').value).toBe('');
    expect(page.text('#identity-provider-identity-claim-hint-0')).toBe(
      'The name of the ID token claim in which the provider sends the personal identity number, for example personal_identity_number. Leave empty to link by verified e-mail only.',
    );
    expect(page.field('Extra scope').value).toBe('');
  });

  it('starts the form from the claim and scope set up, and checks them before sending', async () => {
    const page = await open({ provider: { ...skane, identityClaim: 'personal_identity_number', identityScope: 'freja' }, redirectUri: REDIRECT_URI });

    expect(page.field('Anspråk med personnummer').value).toBe('personal_identity_number');
    expect(page.field('Extra scope').value).toBe('freja');

    await page.type('Klienthemlighet', 's3cret');
    await page.type('Anspråk med personnummer', 'personal identity number');
    await page.type('Extra scope', 'openid "freja"');
    await page.click('Spara inloggningen');
    http.expectNone({ method: 'PUT', url: API });

    expect(page.text('#identity-provider-identity-claim-errors')).toBe('Anspråkets namn får inte innehålla mellanslag.');
    expect(page.text('#identity-provider-identity-scope-errors')).toBe('Ange ett enda scope, utan mellanslag eller citattecken.');
    expect(page.field('Anspråk med personnummer')).toBe(document.activeElement);
  });

  it('removes the provider after confirmation', async () => {
    const page = await open({ provider: skane, redirectUri: REDIRECT_URI });

    await page.click('Ta bort inloggningen');
    expect(page.text()).toContain('Ta bort inloggningen via organisationen? Ingen kan då längre logga in via leverantören.');
    expect(page.getByRole('button', 'Ja, ta bort')).toBe(document.activeElement);
    http.expectNone({ method: 'DELETE', url: API });
    await page.click('Ja, ta bort');
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 204, statusText: 'No Content' });
    await page.settle();

    expect(page.status()).toBe('Inloggningen via organisationen är borttagen.');
    expect(page.text()).toContain('Ingen inloggning via organisationen är inställd än.');
    expect(page.texts('dt')).toEqual([]);
    expect(page.queryByRole('button', 'Ta bort inloggningen')).toBeUndefined();
    expect(page.getByRole('heading', 'Ställ in inloggningen')).toBeDefined();
    expect(page.field('Adress att registrera hos leverantören').value).toBe(REDIRECT_URI);
    expect(visibleText(document.activeElement)).toBe('Inställd inloggning');

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.status()).toBe('Sign-in through the organisation is removed.');
  });

  it('keeps the provider when the removal is cancelled', async () => {
    const page = await open({ provider: skane, redirectUri: REDIRECT_URI });

    await page.click('Ta bort inloggningen');
    await page.click('Avbryt');
    http.expectNone({ method: 'DELETE', url: API });

    expect(page.getByRole('button', 'Ta bort inloggningen')).toBe(document.activeElement);
    expect(page.facts()).toEqual(['Leverantörens adress: https://login.skane.example.org', 'Klient-id: peer-academy']);
  });

  it('keeps the provider and says why when it cannot be removed', async () => {
    const page = await open({ provider: skane, redirectUri: REDIRECT_URI });

    await page.click('Ta bort inloggningen');
    await page.click('Ja, ta bort');
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 503, statusText: 'Service Unavailable' });
    await page.settle();

    expect(page.text('peer-remove-identity-provider [role=alert]')).toBe('Något gick fel hos oss. Försök igen om en stund.');
    expect(page.status()).toBe('');
    expect(page.facts()).toEqual(['Leverantörens adress: https://login.skane.example.org', 'Klient-id: peer-academy']);
    expect(page.getByRole('button', 'Ja, ta bort')).toBeDefined();
  });

  it('offers to try again when the settings cannot be loaded', async () => {
    const fixture = TestBed.createComponent(IdentityProviderPage);
    TestBed.tick();
    http.expectOne(API).flush(null, { status: 503, statusText: 'Service Unavailable' });
    const page = pageHarness(fixture);
    await page.settle();

    expect(page.text('.alert-error[role=alert]')).toContain('Det gick inte att hämta inställningarna för inloggningen.');
    expect(page.queryByRole('textbox', 'Leverantörens adress (issuer)')).toBeUndefined();
    await page.click('Försök igen');
    http.expectOne(API).flush({ provider: skane, redirectUri: REDIRECT_URI });
    await page.settle();
    expect(page.getByRole<HTMLInputElement>('textbox', 'Klient-id').value).toBe('peer-academy');
  });
});
