import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import type { CertificateSignatoryDto } from '@peer/contract';
import { pageHarness, provideTestTranslations, settle } from '@peer/web/shared/testing';
import { certificateSignatoryEn } from '../i18n/en';
import { certificateSignatorySv } from '../i18n/sv';
import { CertificateSignatoryPage } from './certificate-signatory-page';

const API = '/api/organisation/certificate-signatory';
const ylva: CertificateSignatoryDto = { name: 'Ylva Sjöberg', title: 'verksamhetsledare' };

describe('CertificateSignatoryPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: certificateSignatorySv, en: certificateSignatoryEn })],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(signatory: CertificateSignatoryDto | null) {
    const fixture = TestBed.createComponent(CertificateSignatoryPage);
    // Not whenStable(): the request keeps the app busy until the test answers it.
    TestBed.tick();
    http.expectOne({ method: 'GET', url: API }).flush({ signatory });
    const page = pageHarness(fixture);
    await page.settle();
    const field = (label: string) => page.getByRole<HTMLInputElement>('textbox', label);
    return { ...page, field, current: () => page.text('.current'), status: () => page.text('.page > [role=status]') };
  }

  it('says that nobody is named, and offers an empty form', async () => {
    const page = await open(null);

    expect(page.getByRole('heading', 'Intygens undertecknare').tagName).toBe('H1');
    expect(page.text('.page-header')).toContain('Intyg som redan är utfärdade ändras inte.');
    expect(page.current()).toBe('Ingen undertecknare är angiven. Intygen visar bara organisationens namn.');
    expect(page.queryByRole('button', 'Ta bort undertecknaren')).toBeUndefined();
    expect(page.field('Namn').value).toBe('');
    expect(page.field('Titel').value).toBe('');
    expect(page.text('#certificate-signatory-title-hint-0')).toBe('Till exempel verksamhetsledare eller ordförande.');
    expect(page.field('Titel').getAttribute('aria-describedby')).toBe('certificate-signatory-title-hint-0 certificate-signatory-title-errors');

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.getByRole('heading', 'Certificate signatory').tagName).toBe('H1');
    expect(page.current()).toBe("No signatory is named. Certificates show only the organisation's name.");
    expect(page.field('Name')).toBeDefined();
    expect(page.field('Title')).toBeDefined();
    expect(page.getByRole('button', 'Save')).toBeDefined();
  });

  it('shows the signatory named and starts the form from it', async () => {
    const page = await open(ylva);

    expect(page.current()).toBe('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.');
    expect(page.field('Namn').value).toBe('Ylva Sjöberg');
    expect(page.field('Titel').value).toBe('verksamhetsledare');
    expect(page.getByRole('button', 'Ta bort undertecknaren')).toBeDefined();

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.current()).toBe('Certificates are signed by Ylva Sjöberg, verksamhetsledare.');
    expect(page.getByRole('button', 'Remove the signatory')).toBeDefined();
  });

  it('saves the signatory as typed, trimmed, and says who signs new certificates', async () => {
    const page = await open(null);

    await page.type('Namn', ' Ylva Sjöberg ');
    await page.type('Titel', 'verksamhetsledare  ');
    await page.click('Spara');
    const request = http.expectOne({ method: 'PUT', url: API });
    expect(request.request.body).toEqual({ name: 'Ylva Sjöberg', title: 'verksamhetsledare' });
    request.flush(ylva);
    await page.settle();

    expect(page.status()).toBe('Sparat. Nya intyg undertecknas av Ylva Sjöberg, verksamhetsledare.');
    expect(page.current()).toBe('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.');
    expect(page.field('Namn').value).toBe('Ylva Sjöberg');
    expect(page.field('Titel').value).toBe('verksamhetsledare');
    expect(page.field('Titel').getAttribute('aria-invalid')).toBe('false');
    expect(page.getByRole('button', 'Ta bort undertecknaren')).toBeDefined();

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.status()).toBe('Saved. New certificates are signed by Ylva Sjöberg, verksamhetsledare.');
  });

  it('shows the API’s objection to the title at its field, and keeps what was typed', async () => {
    const page = await open(null);
    const title = 'Verksamhetsledare för NSPH Skåne';

    await page.type('Namn', 'Ylva Sjöberg');
    await page.type('Titel', title);
    await page.click('Spara');
    http.expectOne({ method: 'PUT', url: API }).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Request validation failed',
        code: 'request.invalid',
        errors: [{ field: 'title', rule: 'isLength', code: 'field.isLength', message: 'title must be shorter than or equal to 120 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();

    const field = page.field('Titel');
    expect(page.text('#certificate-signatory-title-errors')).toBe('Ange en titel med högst 120 tecken.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe(title);
    expect(page.field('Namn').value).toBe('Ylva Sjöberg');
    expect(page.field('Namn').getAttribute('aria-invalid')).toBe('false');
    expect(page.text('peer-certificate-signatory-form peer-form-message')).toBe('Något behöver rättas. Se meddelandena vid fälten.');
    expect(page.status()).toBe('');
    expect(page.current()).toBe('Ingen undertecknare är angiven. Intygen visar bara organisationens namn.');
    expect(field).toBe(document.activeElement);

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.text('#certificate-signatory-title-errors')).toBe('Enter a title of at most 120 characters.');
  });

  it('checks the fields before sending: a name and a title, not only spaces', async () => {
    const page = await open(null);

    await page.type('Namn', '   ');
    await page.click('Spara');
    http.expectNone({ method: 'PUT', url: API });

    expect(page.text('#certificate-signatory-name-errors')).toBe('Ange ett namn.');
    expect(page.text('#certificate-signatory-title-errors')).toBe('Ange en titel.');
    expect(page.field('Namn')).toBe(document.activeElement);
  });

  it('removes the signatory and says that new certificates show only the organisation', async () => {
    const page = await open(ylva);

    await page.click('Ta bort undertecknaren');
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(page.status()).toBe('Undertecknaren är borttagen. Nya intyg visar bara organisationens namn.');
    expect(page.current()).toBe('Ingen undertecknare är angiven. Intygen visar bara organisationens namn.');
    expect(page.queryByRole('button', 'Ta bort undertecknaren')).toBeUndefined();
    expect(page.field('Namn').value).toBe('');
    expect(page.field('Titel').value).toBe('');
    expect(page.element.querySelector('.current')).toBe(document.activeElement);

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.status()).toBe("The signatory is removed. New certificates show only the organisation's name.");
  });

  it('keeps the signatory and says why when it cannot be removed', async () => {
    const page = await open(ylva);

    await page.click('Ta bort undertecknaren');
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 503, statusText: 'Service Unavailable' });
    await page.settle();

    expect(page.text('.card > peer-form-message')).toBe('Något gick fel hos oss. Försök igen om en stund.');
    expect(page.status()).toBe('');
    expect(page.current()).toBe('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.');
    expect(page.getByRole('button', 'Ta bort undertecknaren')).toBeDefined();
  });

  it('offers to try again when the signatory cannot be loaded', async () => {
    const fixture = TestBed.createComponent(CertificateSignatoryPage);
    TestBed.tick();
    http.expectOne(API).flush(null, { status: 503, statusText: 'Service Unavailable' });
    const page = pageHarness(fixture);
    await page.settle();

    expect(page.text('.alert-error[role=alert]')).toContain('Det gick inte att hämta intygens undertecknare.');
    expect(page.queryByRole('textbox', 'Namn')).toBeUndefined();
    await page.click('Försök igen');
    http.expectOne(API).flush({ signatory: ylva });
    await page.settle();
    expect(page.getByRole<HTMLInputElement>('textbox', 'Titel').value).toBe('verksamhetsledare');
  });
});
