import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CertificateDto, RenewalDto } from '@peer/contract';
import { aCertificate, CERTIFICATE_ID } from '@peer/web/certificates/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { certificatesEn } from '../i18n/en';
import { certificatesSv } from '../i18n/sv';
import { todayInStockholm } from '@peer/web/cohorts/data-access';
import { daysUntil, ExpiringPage } from './expiring-page';

function aRenewal(overrides: Partial<RenewalDto> = {}): RenewalDto {
  return {
    certificateId: CERTIFICATE_ID,
    renewable: true,
    ready: false,
    supervisionHours: 7.5,
    requirements: [
      {
        id: 'renewal-course:refresher',
        kind: 'renewal-course',
        status: 'met',
        label: { sv: 'Förnyelse: Uppdatering och repetition', en: 'Renewal: Refresher' },
        reason: { sv: 'Intyg utfärdat 2029-02-01', en: 'Certificate issued 2029-02-01' },
      },
      {
        id: 'supervision-hours',
        kind: 'supervision-hours',
        status: 'pending',
        label: { sv: 'Förnyelse: 7,5 av 10 handledningstimmar', en: 'Renewal: 7.5 of 10 supervision hours' },
        reason: { sv: '2,5 timmar kvar', en: '2.5 hours left' },
      },
    ],
    ...overrides,
  };
}

describe('ExpiringPage', () => {
  let http: HttpTestingController;
  const expiringUrl = (days: number) => `/api/certificates/expiring?days=${days}`;
  const renewalUrl = `/api/certificates/${CERTIFICATE_ID}/renewal`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: certificatesSv, en: certificatesEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(certificates: CertificateDto[]) {
    const fixture = TestBed.createComponent(ExpiringPage);
    TestBed.tick();
    http.expectOne(expiringUrl(90)).flush({ certificates });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    return { element, text, button };
  }

  it('lists the certificates that expire soon, with their end date', async () => {
    const page = await open([aCertificate({ validUntil: '2027-01-31T13:00:00.000Z' })]);

    expect(page.text(page.element.querySelector('h1'))).toBe('Intyg som snart går ut');
    expect(page.text(page.element.querySelector('.expiring h2'))).toBe('Åsa Lindström');
    expect(page.text(page.element.querySelector('.expiring p'))).toMatch(/^Grundutbildning för peer supporter\. Gäller till 31 jan\. 2027 \(dagar kvar: \d+\)\.$/);
  });

  it('asks again for another period and says when nothing expires', async () => {
    const page = await open([]);
    expect(page.text(page.element.querySelector('.expiring'))).toBe('Inga intyg går ut inom 90 dagar.');

    const select = page.element.querySelector('#expiring-days') as HTMLSelectElement;
    select.value = '180';
    select.dispatchEvent(new Event('change'));
    await settle();
    http.expectOne(expiringUrl(180)).flush({ certificates: [] });
    await settle();

    expect(page.text(page.element.querySelector('.expiring'))).toBe('Inga intyg går ut inom 180 dagar.');
  });

  it('shows what the renewal still needs, without a renew button until everything is met', async () => {
    const page = await open([aCertificate()]);
    page.button('Visa förnyelse')?.click();
    await settle();
    http.expectOne(renewalUrl).flush(aRenewal());
    await settle();

    const items = [...page.element.querySelectorAll('.requirements li')].map((li) => page.text(li));
    expect(items).toEqual([
      '✓Förnyelse: Uppdatering och repetition, uppfylltIntyg utfärdat 2029-02-01',
      '○Förnyelse: 7,5 av 10 handledningstimmar, inte uppfyllt än2,5 timmar kvar',
    ]);
    expect(page.button('Förnya intyget')).toBeUndefined();
    expect(page.text(page.element.querySelector('.renewal p.muted'))).toBe('Intyget kan förnyas när alla krav ovan är uppfyllda.');
  });

  it('renews a certificate that is ready, then lists again without it', async () => {
    const page = await open([aCertificate()]);
    page.button('Visa förnyelse')?.click();
    await settle();
    http.expectOne(renewalUrl).flush(aRenewal({ ready: true }));
    await settle();

    page.button('Förnya intyget för Åsa Lindström')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/renew` });
    expect(request.request.body).toEqual({ language: 'sv' });
    request.flush(aCertificate({ id: 'new', renews: CERTIFICATE_ID, validUntil: '2032-05-20T12:00:00.000Z' }));
    await settle();
    http.expectOne(expiringUrl(90)).flush({ certificates: [] });
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe(
      'Intyget för Åsa Lindström är förnyat. Det nya intyget gäller till 20 maj 2032. Kontrollera det nya intyget',
    );
  });

  it('words a refusal by its code and shows the renewal as it is now', async () => {
    const page = await open([aCertificate()]);
    page.button('Visa förnyelse')?.click();
    await settle();
    http.expectOne(renewalUrl).flush(aRenewal({ ready: true }));
    await settle();

    page.button('Förnya intyget')?.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/renew` })
      .flush({ statusCode: 409, code: 'renewal.not-current', error: 'Conflict', message: 'The certificate is renewed' }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne(renewalUrl).flush(aRenewal({ ready: false }));
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe('Intyget har redan förnyats, ersatts eller återkallats.');
    expect(page.button('Förnya intyget')).toBeUndefined();
  });
});

describe('dates of the expiring list', () => {
  it('reads an instant as its Stockholm calendar date', () => {
    expect(todayInStockholm(new Date('2027-01-31T23:30:00.000Z'))).toBe('2027-02-01');
    expect(todayInStockholm(new Date('2027-07-01T21:59:00.000Z'))).toBe('2027-07-01');
  });

  it('counts whole days left, rounding up and never below zero', () => {
    const now = Date.parse('2027-01-01T12:00:00.000Z');
    expect(daysUntil('2027-01-31T12:00:00.000Z', now)).toBe(30);
    expect(daysUntil('2027-01-02T00:00:00.000Z', now)).toBe(1);
    expect(daysUntil('2026-12-31T00:00:00.000Z', now)).toBe(0);
  });
});
