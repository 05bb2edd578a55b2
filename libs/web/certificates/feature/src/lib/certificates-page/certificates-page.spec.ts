import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { CertificateDto } from '@peer/contract';
import { aCertificate, aJob, CERTIFICATE_ID, JOB_ID } from '@peer/web/certificates/data-access/testing';
import { aCohortProgress, aCohortSummary, ASA, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { TEST_TRANSLATIONS_SV } from '../testing/test-translations';
import { CertificatesPage } from './certificates-page';

describe('CertificatesPage', () => {
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', TEST_TRANSLATIONS_SV);
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function settle() {
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  }

  async function open(certificates: CertificateDto[] = []) {
    const fixture = TestBed.createComponent(CertificatesPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    TestBed.tick();
    http.expectOne(`${base}/progress`).flush(aCohortProgress());
    http.expectOne(`${base}/certificates`).flush({ certificates });
    http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    return { element, text, button };
  }

  it('certifies one trainee in the chosen language', async () => {
    const page = await open();
    expect(page.text(page.element.querySelector('h1'))).toBe('Intyg');
    expect(page.text(page.element.querySelector('label[for=certificate-language]'))).toBe('Intygets språk');
    const language = page.element.querySelector('#certificate-language') as HTMLSelectElement;
    language.value = 'en';
    language.dispatchEvent(new Event('change'));

    page.button('Certifiera Åsa Lindström')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `${base}/trainees/${ASA.id}/certify` });
    expect(request.request.body).toEqual({ language: 'en' });
    request.flush(aCertificate({ language: 'en' }));
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [aCertificate({ language: 'en' })] });
    await settle();

    expect(page.text(page.element.querySelector('#certificates-status'))).toBe('Intyget för Åsa Lindström är utfärdat.');
    expect(page.text(page.element.querySelector('.certificate h3'))).toBe('Åsa Lindström Giltigt');
  });

  it('lists what is missing when the API refuses, in the UI language', async () => {
    const page = await open();
    page.button('Certifiera Åsa Lindström')?.click();
    await settle();
    const errors = [
      { field: 'attendance:day-1', rule: 'pending', message: 'Dag 1 saknas: ta igen i en annan kull / Day 1 missing: make it up in another cohort' },
      { field: 'study-visit:outpatient-visit', rule: 'pending', message: 'Studiebesöket saknas / The study visit is missing' },
    ];
    http
      .expectOne(`${base}/trainees/${ASA.id}/certify`)
      .flush({ statusCode: 409, error: 'Conflict', message: 'missing', errors }, { status: 409, statusText: 'Conflict' });
    await settle();

    const alert = page.element.querySelector('.trainee [role=alert]') as HTMLElement;
    expect(page.text(alert.querySelector('p'))).toBe('Det här saknas innan Åsa Lindström kan certifieras:');
    expect([...alert.querySelectorAll('li')].map((li) => page.text(li))).toEqual([
      'Dag 1: Återhämtning: Dag 1 saknas: ta igen i en annan kull',
      'Studiebesöket saknas',
    ]);
  });

  it('certifies everyone who is ready with a progress bar', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout'] });
    const page = await open();
    page.button('Certifiera alla som är klara')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: `${base}/certification-jobs` }).flush(aJob(), { status: 202, statusText: 'Accepted' });
    await settle();
    jest.advanceTimersByTime(0);
    http.expectOne(`/api/certification-jobs/${JOB_ID}`).flush(aJob({ total: 12, skipped: 2, issued: 4 }));
    await settle();

    const progress = page.element.querySelector('progress') as HTMLProgressElement;
    expect(page.text(page.element.querySelector(`label[for="${progress.id}"]`))).toBe('Utfärdar intyg');
    expect(progress.getAttribute('max')).toBe('12');
    expect(progress.getAttribute('value')).toBe('6');
    expect(page.text(page.element.querySelector('.job-count'))).toBe('6 av 12');

    jest.advanceTimersByTime(500);
    http.expectOne(`/api/certification-jobs/${JOB_ID}`).flush(aJob({ status: 'done', total: 12, skipped: 2, issued: 10 }));
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [] });
    http.expectOne(`${base}/progress`).flush(aCohortProgress());
    await settle();

    expect(page.text(page.element.querySelector('.job-count'))).toBe('12 av 12');
    expect(page.text(page.element.querySelector('.job-result'))).toBe('Klart. Utfärdade intyg: 10. Hoppades över: 2. Misslyckades: 0.');
    jest.advanceTimersByTime(2000);
    http.expectNone(`/api/certification-jobs/${JOB_ID}`);
  });

  it('shows the history with verification and PDF links, and revokes with a reason', async () => {
    const page = await open([aCertificate(), aCertificate({ id: 'old', status: 'superseded', code: 'PEER-OLD1-OLD2' })]);
    const [valid, superseded] = [...page.element.querySelectorAll('.certificate')];
    expect([...valid.querySelectorAll('a')].map((a) => [page.text(a), a.getAttribute('href')])).toEqual([
      ['Kontrollera: Åsa Lindström, PEER-7KQ2-M4XD', aCertificate().verifyUrl],
      ['Ladda ner PDF: Åsa Lindström, PEER-7KQ2-M4XD', `/api/certificates/${CERTIFICATE_ID}/pdf`],
    ]);
    expect(superseded.querySelector('button')).toBeNull();

    page.button('Återkalla')?.click();
    await settle();
    const reason = valid.querySelector('textarea') as HTMLTextAreaElement;
    expect(page.text(page.element.querySelector(`label[for="${reason.id}"]`))).toBe('Varför återkallas intyget?');
    reason.value = 'Utfärdat av misstag';
    reason.dispatchEvent(new Event('input'));
    page.button('Återkalla intyget')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/revoke` });
    expect(request.request.body).toEqual({ reason: 'Utfärdat av misstag' });
    request.flush(aCertificate({ status: 'revoked' }));
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [aCertificate({ status: 'revoked' })] });
    await settle();

    expect(page.text(page.element.querySelector('#certificates-status'))).toBe('Intyget för Åsa Lindström är återkallat.');
  });

  it('re-issues with a corrected name, sending only what changes', async () => {
    const page = await open([aCertificate()]);
    page.button('Utfärda på nytt')?.click();
    await settle();
    const name = page.element.querySelector('input[type=text]') as HTMLInputElement;
    expect(name.value).toBe('Åsa Lindström');
    name.value = 'Åsa Lind';
    name.dispatchEvent(new Event('input'));
    const reason = page.element.querySelector('.certificate textarea') as HTMLTextAreaElement;
    reason.value = 'Namnbyte';
    reason.dispatchEvent(new Event('input'));
    page.button('Utfärda nytt intyg')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/reissue` });
    expect(request.request.body).toEqual({ holderName: 'Åsa Lind', reason: 'Namnbyte' });
    request.flush(aCertificate({ id: 'new', holderName: 'Åsa Lind' }));
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [] });
    await settle();

    expect(page.text(page.element.querySelector('#certificates-status'))).toBe('Ett nytt intyg för Åsa Lind är utfärdat och ersätter det tidigare.');
  });
});
