import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import type { CertificateSignatoryDto, OrganisationLogoDto } from '@peer/contract';
import { pageHarness, provideTestTranslations, settle } from '@peer/web/shared/testing';
import { certificateSignatoryEn } from '../i18n/en';
import { certificateSignatorySv } from '../i18n/sv';
import { CertificateSignatoryPage } from './certificate-signatory-page';

const API = '/api/organisation/certificate-signatory';
const LOGO_API = '/api/organisation/logo';
const ylva: CertificateSignatoryDto = { name: 'Ylva Sjöberg', title: 'verksamhetsledare' };
const logo: OrganisationLogoDto = { type: 'image/png', url: 'https://peer.example/issuers/nsph-goteborg/logo.png' };
const LOGO_NONE = 'Ingen egen logotyp. Intygen visar ingen logotyp, och utfärdarprofilen visar organisationens initialer.';

/** A file of `size` bytes, as the file input gives it. */
const fileOf = (size: number, type = 'image/png', name = 'x.png') => new File([new Uint8Array(size)], name, { type });

describe('CertificateSignatoryPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: certificateSignatorySv, en: certificateSignatoryEn })],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(signatory: CertificateSignatoryDto | null, current: OrganisationLogoDto | null = null) {
    const fixture = TestBed.createComponent(CertificateSignatoryPage);
    // Not whenStable(): the requests keep the app busy until the test answers them.
    TestBed.tick();
    http.expectOne({ method: 'GET', url: LOGO_API }).flush({ logo: current });
    http.expectOne({ method: 'GET', url: API }).flush({ signatory });
    const page = pageHarness(fixture);
    await page.settle();
    return withParts(page);
  }

  function withParts(page: ReturnType<typeof pageHarness>) {
    const field = (label: string) => page.getByRole<HTMLInputElement>('textbox', label);
    const fileInput = () => {
      const input = page.element.querySelector<HTMLInputElement>('.logo-section input[type=file]');
      if (!input) throw new Error('no file input on the page');
      return input;
    };
    /** Chooses a file as the user would in the file dialog. */
    const choose = async (file: File) => {
      const input = fileInput();
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await page.settle();
    };
    return {
      ...page,
      field,
      fileInput,
      choose,
      image: () => page.element.querySelector<HTMLImageElement>('.logo-section img'),
      logoCurrent: () => page.text('.logo-section .current'),
      fileError: () => page.text('#certificate-logo-file-errors'),
      current: () => page.text('.signatory-section .current'),
      status: () => page.text('.page > [role=status]'),
    };
  }

  /** The request once it goes out: jsdom's FileReader reads the file asynchronously first. */
  async function nextRequest(method: string, url: string): Promise<TestRequest> {
    for (let round = 0; round < 20; round++) {
      const [request] = http.match({ method, url });
      if (request) return request;
      await settle();
    }
    throw new Error(`no ${method} ${url} was sent`);
  }

  it('says that nobody is named, and offers an empty form', async () => {
    const page = await open(null);

    expect(page.getByRole('heading', 'Intygens logotyp och undertecknare').tagName).toBe('H1');
    expect(page.getByRole('heading', 'Undertecknare').tagName).toBe('H2');
    expect(page.text('.page-header')).toContain('Intyg som redan är utfärdade ändras inte.');
    expect(page.current()).toBe('Ingen undertecknare är angiven. Intygen visar bara organisationens namn.');
    expect(page.queryByRole('button', 'Ta bort undertecknaren')).toBeUndefined();
    expect(page.field('Namn').value).toBe('');
    expect(page.field('Titel').value).toBe('');
    expect(page.text('#certificate-signatory-title-hint-0')).toBe('Till exempel verksamhetsledare eller ordförande.');
    expect(page.field('Titel').getAttribute('aria-describedby')).toBe('certificate-signatory-title-hint-0 certificate-signatory-title-errors');

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.getByRole('heading', 'Certificate logo and signatory').tagName).toBe('H1');
    expect(page.getByRole('heading', 'Signatory').tagName).toBe('H2');
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
    expect(page.element.querySelector('.signatory-section .current')).toBe(document.activeElement);

    TestBed.inject(TranslateService).use('en');
    await page.settle();
    expect(page.status()).toBe("The signatory is removed. New certificates show only the organisation's name.");
  });

  it('keeps the signatory and says why when it cannot be removed', async () => {
    const page = await open(ylva);

    await page.click('Ta bort undertecknaren');
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 503, statusText: 'Service Unavailable' });
    await page.settle();

    expect(page.text('.signatory-section .card > peer-form-message')).toBe('Något gick fel hos oss. Försök igen om en stund.');
    expect(page.status()).toBe('');
    expect(page.current()).toBe('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.');
    expect(page.getByRole('button', 'Ta bort undertecknaren')).toBeDefined();
  });

  it('offers to try again when the signatory cannot be loaded, and still offers the logo', async () => {
    const fixture = TestBed.createComponent(CertificateSignatoryPage);
    TestBed.tick();
    http.expectOne(API).flush(null, { status: 503, statusText: 'Service Unavailable' });
    http.expectOne(LOGO_API).flush({ logo: null });
    const page = withParts(pageHarness(fixture));
    await page.settle();

    expect(page.text('.alert-error[role=alert]')).toContain('Det gick inte att hämta intygens undertecknare.');
    expect(page.queryByRole('textbox', 'Namn')).toBeUndefined();
    expect(page.logoCurrent()).toBe(LOGO_NONE);
    expect(page.getByRole('button', 'Ladda upp')).toBeDefined();
    await page.click('Försök igen');
    http.expectOne(API).flush({ signatory: ylva });
    await page.settle();
    expect(page.getByRole<HTMLInputElement>('textbox', 'Titel').value).toBe('verksamhetsledare');
  });

  describe('the logo', () => {
    it('says that there is none, and offers to upload a PNG or JPEG', async () => {
      const page = await open(null, null);

      expect(page.getByRole('heading', 'Logotyp').tagName).toBe('H2');
      expect(page.logoCurrent()).toBe(LOGO_NONE);
      expect(page.image()).toBeNull();
      expect(page.queryByRole('button', 'Ta bort logotypen')).toBeUndefined();
      const input = page.fileInput();
      expect([...(input.labels ?? [])].map((label) => label.textContent?.trim())).toEqual(['Välj en bild']);
      expect(input.getAttribute('accept')).toBe('image/png,image/jpeg');
      expect(input.getAttribute('aria-describedby')).toBe('certificate-logo-file-hint certificate-logo-file-errors');
      expect(page.text('#certificate-logo-file-hint')).toBe(
        'PNG eller JPEG, högst 200 kB och 32–2000 pixlar bred och hög. Nya intyg får logotypen; utfärdade intyg ändras inte.',
      );
      expect(page.getByRole('button', 'Ladda upp')).toBeDefined();

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.getByRole('heading', 'Logo').tagName).toBe('H2');
      expect(page.logoCurrent()).toBe("No logo of your own. Certificates show no logo, and the issuer profile shows the organisation's initials.");
      expect([...(page.fileInput().labels ?? [])].map((label) => label.textContent?.trim())).toEqual(['Choose an image']);
      expect(page.text('#certificate-logo-file-hint')).toBe(
        'PNG or JPEG, at most 200 kB and 32–2000 pixels wide and high. New certificates get the logo; issued ones do not change.',
      );
      expect(page.getByRole('button', 'Upload')).toBeDefined();
    });

    it('shows the logo uploaded, at its address', async () => {
      const page = await open(null, logo);

      const image = page.image();
      expect(image?.getAttribute('src')).toMatch(/^https:\/\/peer\.example\/issuers\/nsph-goteborg\/logo\.png\?v=\d+$/);
      expect(image?.getAttribute('alt')).toBe('Organisationens logotyp');
      expect(page.logoCurrent()).toBe('');
      expect(page.getByRole('button', 'Ta bort logotypen')).toBeDefined();

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.image()?.getAttribute('alt')).toBe("The organisation's logo");
      expect(page.getByRole('button', 'Remove the logo')).toBeDefined();
    });

    it('refuses a file too large or of another type before sending it', async () => {
      const page = await open(null, null);

      await page.click('Ladda upp');
      expect(page.fileError()).toBe('Välj en bild att ladda upp.');

      await page.choose(fileOf(200 * 1024 + 1));
      expect(page.fileError()).toBe('');
      await page.click('Ladda upp');
      await settle();
      http.expectNone({ method: 'PUT', url: LOGO_API });
      expect(page.fileError()).toBe('Bilden är större än 200 kB.');
      expect(page.fileInput().getAttribute('aria-invalid')).toBe('true');
      expect(page.fileInput()).toBe(document.activeElement);

      await page.choose(fileOf(100, 'image/gif', 'x.gif'));
      await page.click('Ladda upp');
      await settle();
      http.expectNone({ method: 'PUT', url: LOGO_API });
      expect(page.fileError()).toBe('Bilden måste vara en PNG (8 bitar per kanal, inte sammanflätad) eller en JPEG i gråskala eller RGB.');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.fileError()).toBe('The image must be a PNG (8 bits per channel, not interlaced) or a greyscale or RGB JPEG.');
      expect(page.status()).toBe('');
    });

    it('uploads a PNG as a data URL, says so and shows the new logo', async () => {
      const page = await open(null, logo);
      const before = page.image()?.getAttribute('src');

      await page.choose(fileOf(200 * 1024));
      await page.click('Ladda upp');
      const put = await nextRequest('PUT', LOGO_API);
      const { image } = put.request.body as { image: string };
      expect(image).toMatch(/^data:image\/png;base64,/);
      expect(atob(image.slice('data:image/png;base64,'.length))).toHaveLength(200 * 1024);
      put.flush(logo);
      await page.settle();

      expect(page.status()).toBe('Logotypen är sparad. Nya intyg får den.');
      const after = page.image()?.getAttribute('src');
      expect(after).toMatch(/^https:\/\/peer\.example\/issuers\/nsph-goteborg\/logo\.png\?v=\d+$/);
      expect(after).not.toBe(before);
      expect(page.fileError()).toBe('');
      expect(page.fileInput().getAttribute('aria-invalid')).toBe('false');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.status()).toBe('The logo is saved. New certificates get it.');
    });

    it('shows the first logo uploaded where there was none', async () => {
      const page = await open(ylva, null);

      await page.choose(fileOf(64, 'image/jpeg', 'logo.jpg'));
      await page.click('Ladda upp');
      const put = await nextRequest('PUT', LOGO_API);
      expect((put.request.body as { image: string }).image).toMatch(/^data:image\/jpeg;base64,/);
      put.flush({ type: 'image/jpeg', url: 'https://peer.example/issuers/nsph-goteborg/logo.jpg' });
      await page.settle();

      expect(page.image()?.getAttribute('src')).toMatch(/^https:\/\/peer\.example\/issuers\/nsph-goteborg\/logo\.jpg\?v=\d+$/);
      expect(page.logoCurrent()).toBe('');
      expect(page.getByRole('button', 'Ta bort logotypen')).toBeDefined();
      expect(page.current()).toBe('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.');
    });

    it('shows the API’s objection to the image at the file input', async () => {
      const page = await open(null, null);

      await page.choose(fileOf(1024));
      await page.click('Ladda upp');
      (await nextRequest('PUT', LOGO_API)).flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Request validation failed',
          code: 'request.invalid',
          errors: [{ field: 'image', rule: 'logo-dimensions', code: 'field.logo-dimensions', message: 'the image must be 32–2000 pixels wide and high' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await page.settle();

      expect(page.fileError()).toBe('Bilden måste vara 32–2000 pixlar bred och hög.');
      expect(page.fileInput().getAttribute('aria-invalid')).toBe('true');
      expect(page.fileInput()).toBe(document.activeElement);
      expect(page.text('.logo-upload peer-form-message')).toBe('');
      expect(page.status()).toBe('');
      expect(page.logoCurrent()).toBe(LOGO_NONE);

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.fileError()).toBe('The image must be 32–2000 pixels wide and high.');
    });

    it('words a refused format or length as the logo’s type and size', async () => {
      const page = await open(null, null);
      const refuse = async (rule: string, code: string) => {
        await page.click('Ladda upp');
        (await nextRequest('PUT', LOGO_API)).flush(
          { statusCode: 400, message: 'Request validation failed', code: 'request.invalid', errors: [{ field: 'image', rule, code, message: 'no' }] },
          { status: 400, statusText: 'Bad Request' },
        );
        await page.settle();
        return page.fileError();
      };

      await page.choose(fileOf(1024));
      expect(await refuse('matches', 'field.matches')).toBe('Bilden måste vara en PNG (8 bitar per kanal, inte sammanflätad) eller en JPEG i gråskala eller RGB.');
      expect(await refuse('maxLength', 'field.max-length')).toBe('Bilden är större än 200 kB.');
    });

    it('says why when the upload fails for another reason', async () => {
      const page = await open(null, null);

      await page.choose(fileOf(1024));
      await page.click('Ladda upp');
      (await nextRequest('PUT', LOGO_API)).flush(null, { status: 503, statusText: 'Service Unavailable' });
      await page.settle();

      expect(page.text('.logo-upload peer-form-message')).toBe('Något gick fel hos oss. Försök igen om en stund.');
      expect(page.fileError()).toBe('');
      expect(page.status()).toBe('');
    });

    it('removes the logo and says so', async () => {
      const page = await open(ylva, logo);

      await page.click('Ta bort logotypen');
      http.expectOne({ method: 'DELETE', url: LOGO_API }).flush(null, { status: 204, statusText: 'No Content' });
      await page.settle();

      expect(page.status()).toBe('Logotypen är borttagen.');
      expect(page.image()).toBeNull();
      expect(page.logoCurrent()).toBe(LOGO_NONE);
      expect(page.queryByRole('button', 'Ta bort logotypen')).toBeUndefined();
      expect(page.element.querySelector('.logo-section .current')).toBe(document.activeElement);
      expect(page.current()).toBe('Intygen undertecknas av Ylva Sjöberg, verksamhetsledare.');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.status()).toBe('The logo is removed.');
    });

    it('keeps the logo and says why when it cannot be removed', async () => {
      const page = await open(null, logo);

      await page.click('Ta bort logotypen');
      http.expectOne({ method: 'DELETE', url: LOGO_API }).flush(null, { status: 503, statusText: 'Service Unavailable' });
      await page.settle();

      expect(page.text('.logo-card > peer-form-message')).toBe('Något gick fel hos oss. Försök igen om en stund.');
      expect(page.status()).toBe('');
      expect(page.image()).not.toBeNull();
    });

    it('offers to try again when the logo cannot be loaded, and still offers the signatory', async () => {
      const fixture = TestBed.createComponent(CertificateSignatoryPage);
      TestBed.tick();
      http.expectOne(LOGO_API).flush(null, { status: 503, statusText: 'Service Unavailable' });
      http.expectOne(API).flush({ signatory: ylva });
      const page = withParts(pageHarness(fixture));
      await page.settle();

      expect(page.text('.logo-section .alert-error[role=alert]')).toContain('Det gick inte att hämta logotypen.');
      expect(page.element.querySelector('.logo-section input[type=file]')).toBeNull();
      expect(page.field('Titel').value).toBe('verksamhetsledare');

      TestBed.inject(TranslateService).use('en');
      await page.settle();
      expect(page.text('.logo-section .alert-error[role=alert]')).toContain('The logo could not be loaded.');

      await page.click('Try again');
      http.expectOne(LOGO_API).flush({ logo });
      await page.settle();
      expect(page.image()?.getAttribute('src')).toMatch(/^https:\/\/peer\.example\/issuers\/nsph-goteborg\/logo\.png\?v=\d+$/);
    });
  });
});
