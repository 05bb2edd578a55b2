import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SHARE_LINK_NOT_SHAREABLE_CODE as SHARE_LINK_NOT_SHAREABLE } from '@peer/web/certificates/data-access';
import { aCertificate, aShareLink, CERTIFICATE_ID } from '@peer/web/certificates/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { certificatesEn } from '../i18n/en';
import { certificatesSv } from '../i18n/sv';
import { MyCertificates } from './my-certificates';

describe('MyCertificates', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: certificatesSv, en: certificatesEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(MyCertificates);
    TestBed.tick();
    http.expectOne('/api/me/certificates').flush({ certificates: [aCertificate(), aCertificate({ id: 'old', status: 'revoked' })] });
    http.expectOne('/api/me/share-links').flush({ links: [aShareLink()] });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    return { element, text, button };
  }

  it('lists the certificates with a download and a verification link for a valid one', async () => {
    const page = await open();

    expect(page.text(page.element.querySelector('h2'))).toBe('Mina intyg');
    const [valid, revoked] = [...page.element.querySelectorAll('.certificate')];
    expect(page.text(valid.querySelector('h3'))).toBe('Grundutbildning för peer supporter Giltigt');
    expect([...valid.querySelectorAll('a')].map((a) => [page.text(a), a.getAttribute('href'), a.hasAttribute('download')])).toEqual([
      ['Ladda ner PDF: Grundutbildning för peer supporter', `/api/certificates/${CERTIFICATE_ID}/pdf`, true],
      ['Kontrollera: Grundutbildning för peer supporter', aCertificate().verifyUrl, false],
    ]);
    expect(page.text(revoked.querySelector('h3'))).toBe('Grundutbildning för peer supporter Återkallat');
    expect(revoked.querySelector('a')).toBeNull();
  });

  it('lets her choose what a share link shows: the create button waits for a certificate, and each link says what it shows', async () => {
    const page = await open();
    const panel = page.element.querySelector('peer-share-links-panel') as HTMLElement;
    const create = page.button('Skapa delningslänk') as HTMLButtonElement;
    expect(create.disabled).toBe(true);
    expect(page.text(panel.querySelector('#share-create-hint'))).toBe('Välj minst ett intyg för att skapa en länk.');
    expect(create.getAttribute('aria-describedby')).toBe('share-create-hint');
    // Only the valid certificate may be chosen, not the revoked one; and her supervision hours.
    const labels = [...panel.querySelectorAll('fieldset label')].map((l) => page.text(l));
    expect(labels).toEqual([expect.stringMatching(/^Grundutbildning för peer supporter · Utfärdat .+ · Giltigt$/), 'Visa mina handledningstimmar']);
    expect(page.text(panel.querySelector('.links li .contains'))).toBe('Visar: Grundutbildning för peer supporter');

    (panel.querySelector(`#share-certificate-${CERTIFICATE_ID}`) as HTMLInputElement).click();
    (panel.querySelector('#share-supervision') as HTMLInputElement).click();
    await settle();
    expect(create.disabled).toBe(false);
    expect(panel.querySelector('#share-create-hint')).toBeNull();
    create.click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/me/share-links' });
    expect(post.request.body).toEqual({ certificateIds: [CERTIFICATE_ID], includeSupervision: true });
    post.flush(aShareLink({ id: 'new', includeSupervision: true, url: 'https://peer.example.org/share/abc' }));
    await settle();
    http.expectOne('/api/me/share-links').flush({ links: [aShareLink({ id: 'new', includeSupervision: true }), aShareLink()] });
    await settle();
    expect(page.text(panel.querySelector('.links li .contains'))).toBe('Visar: Grundutbildning för peer supporter och dina handledningstimmar');
    // The choice starts over for the next link.
    expect(create.disabled).toBe(true);
  });

  it('says when a chosen certificate can no longer be shared', async () => {
    const page = await open();
    const panel = page.element.querySelector('peer-share-links-panel') as HTMLElement;
    (panel.querySelector(`#share-certificate-${CERTIFICATE_ID}`) as HTMLInputElement).click();
    await settle();
    page.button('Skapa delningslänk')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/me/share-links' }).flush(
      {
        statusCode: 422,
        code: SHARE_LINK_NOT_SHAREABLE,
        error: 'Unprocessable Entity',
        message: 'certificateIds must name your own valid, expired or renewed certificates',
        errors: [{ field: 'certificateIds', rule: SHARE_LINK_NOT_SHAREABLE, code: SHARE_LINK_NOT_SHAREABLE, message: 'certificateIds must name your own valid, expired or renewed certificates' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(page.text(panel.querySelector('[role=alert]'))).toBe('Det gick inte. Ett av intygen kan inte delas längre. Ladda om sidan och välj igen.');
  });

  it('creates a share link, shows its address once, and revokes a link', async () => {
    const page = await open();
    (page.element.querySelector(`#share-certificate-${CERTIFICATE_ID}`) as HTMLInputElement).click();
    await settle();
    page.button('Skapa delningslänk')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/me/share-links' }).flush(aShareLink({ id: 'new', url: 'https://peer.example.org/share/abc' }));
    await settle();
    http.expectOne('/api/me/share-links').flush({ links: [aShareLink({ id: 'new' }), aShareLink()] });
    await settle();

    const address = page.element.querySelector('peer-one-time-secret input') as HTMLInputElement;
    expect(address.value).toBe('https://peer.example.org/share/abc');
    expect(page.text(page.element.querySelector(`label[for="${address.id}"]`))).toBe('Delningslänk');
    expect(page.element.querySelectorAll('.links li')).toHaveLength(2);

    page.button('Ta bort länken')?.click();
    await settle();
    http.expectOne({ method: 'DELETE', url: '/api/me/share-links/new' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/me/share-links').flush({ links: [aShareLink()] });
    await settle();

    expect(page.element.querySelector('peer-one-time-secret')).toBeNull();
    expect(page.text(page.element.querySelector('peer-share-links-panel [role=status]'))).toBe('Länken är borttagen och slutar fungera.');
  });
});
