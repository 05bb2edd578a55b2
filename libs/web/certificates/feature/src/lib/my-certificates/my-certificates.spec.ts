import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { aCertificate, aShareLink, CERTIFICATE_ID } from '@peer/web/certificates/data-access/testing';
import { TEST_TRANSLATIONS_SV } from '../testing/test-translations';
import { MyCertificates } from './my-certificates';

describe('MyCertificates', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', TEST_TRANSLATIONS_SV);
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle() {
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  }

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

  it('creates a share link, shows its address once, and revokes a link', async () => {
    const page = await open();
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
