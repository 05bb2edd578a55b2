import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CertificateDto, CertificationJobDto } from '@peer/contract';
import { aCertificate, aJob, aJobFailure, CERTIFICATE_ID, JOB_ID } from '@peer/web/certificates/data-access/testing';
import { aCohortProgress, aCohortSummary, ASA, BJORN, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { certificatesEn } from '../i18n/en';
import { certificatesSv } from '../i18n/sv';
import { CertificatesPage } from './certificates-page';

describe('CertificatesPage', () => {
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}`;
  const jobUrl = `/api/certification-jobs/${JOB_ID}`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: certificatesSv, en: certificatesEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  async function open(certificates: CertificateDto[] = [], latestJob: CertificationJobDto | null = null) {
    const fixture = TestBed.createComponent(CertificatesPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    TestBed.tick();
    http.expectOne(`${base}/progress`).flush(aCohortProgress());
    http.expectOne(`${base}/certificates`).flush({ certificates });
    http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] });
    http.expectOne({ method: 'GET', url: `${base}/certification-jobs/latest` }).flush({ job: latestJob });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    const progress = () => element.querySelector('progress[id=certification-progress]') as HTMLProgressElement | null;
    const jobStatus = () => text(element.querySelector('#certification-job-status'));
    const failures = () => [...element.querySelectorAll('.job-failures li')].map((li) => text(li));
    return { element, text, button, progress, jobStatus, failures };
  }

  /** The job finished: the page shows the new certificates and the trainees' new state. */
  async function expectReloadAfterJob() {
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [] });
    http.expectOne(`${base}/progress`).flush(aCohortProgress());
    await settle();
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

  it('says first that a required course’s certificate is missing when the API refuses with that code', async () => {
    const page = await open();
    page.button('Certifiera Åsa Lindström')?.click();
    await settle();
    const errors = [
      {
        field: 'prerequisite:base',
        rule: 'pending',
        code: 'certify.prerequisite-missing',
        message: 'Kräver giltigt intyg: Grundutbildning / Requires a valid certificate: Base course',
      },
    ];
    http
      .expectOne(`${base}/trainees/${ASA.id}/certify`)
      .flush({ statusCode: 409, code: 'certify.prerequisite-missing', error: 'Conflict', message: 'missing', errors }, { status: 409, statusText: 'Conflict' });
    await settle();

    const alert = page.element.querySelector('.trainee [role=alert]') as HTMLElement;
    expect([...alert.querySelectorAll('p')].map((p) => page.text(p))).toEqual([
      'Åsa Lindström har inget giltigt intyg för en kurs som den här kursen kräver.',
      'Det här saknas innan Åsa Lindström kan certifieras:',
    ]);
    expect([...alert.querySelectorAll('li')].map((li) => page.text(li))).toEqual(['Kräver giltigt intyg: Grundutbildning']);
  });

  it('shows a trainee with a valid certificate as certified, without a button to certify her again', async () => {
    const page = await open([aCertificate({ traineeId: ASA.id, issuedAt: '2026-05-20T12:00:00.000Z' })]);

    const asa = [...page.element.querySelectorAll('.trainee')].find((li) => page.text(li.querySelector('.trainee-name')) === 'Åsa Lindström') as HTMLElement;
    expect(page.text(asa.querySelector('.trainee-state'))).toBe('✓ Certifierad 20 maj 2026 14:00');
    expect(page.button('Certifiera Åsa Lindström')).toBeUndefined();
  });

  it('shows a renewed trainee with the renewal she holds, not the certificate it renewed', async () => {
    const page = await open([
      aCertificate({ id: 'renewal', traineeId: ASA.id, issuedAt: '2029-04-20T10:00:00.000Z', renews: 'first' }),
      aCertificate({ id: 'first', traineeId: ASA.id, status: 'renewed', issuedAt: '2026-05-20T12:00:00.000Z', renewedBy: 'renewal' }),
    ]);

    expect(page.text(page.element.querySelector('.trainee-state'))).toBe('✓ Certifierad 20 apr. 2029 12:00');
  });

  it('words the refusal for a trainee certified meanwhile in Swedish, and shows her certificate', async () => {
    const page = await open();
    page.button('Certifiera Åsa Lindström')?.click();
    await settle();
    const errors = [{ field: 'traineeId', rule: 'notCertified', code: 'certify.already-certified', message: 'The trainee already holds a valid certificate for this course version' }];
    http
      .expectOne(`${base}/trainees/${ASA.id}/certify`)
      .flush({ statusCode: 409, code: 'certify.already-certified', error: 'Conflict', message: errors[0]?.message, errors }, { status: 409, statusText: 'Conflict' });
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [aCertificate({ traineeId: ASA.id })] });
    await settle();

    expect(page.text(page.element.querySelector('.trainee [role=alert]'))).toBe('Åsa Lindström har redan ett giltigt intyg för kursen. Det visas nu i listan.');
    expect(page.element.textContent).not.toContain('already holds');
    expect(page.button('Certifiera Åsa Lindström')).toBeUndefined();
  });

  it('certifies everyone who is ready: queued, then running with a progress bar, then the failed trainees with their reasons', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout'] });
    const page = await open();
    expect(page.progress()).toBeNull();
    page.button('Certifiera alla som är klara')?.click();
    await settle();
    const start = http.expectOne({ method: 'POST', url: `${base}/certification-jobs` });
    expect(start.request.body).toEqual({ language: 'sv' });
    start.flush(aJob({ status: 'queued' }), { status: 202, statusText: 'Accepted' });
    await settle();
    jest.advanceTimersByTime(0);
    http.expectOne(jobUrl).flush(aJob({ status: 'queued' }));
    await settle();

    // Waiting for a worker: no amount yet, and said so.
    expect(page.text(page.element.querySelector(`label[for="${page.progress()?.id}"]`))).toBe('Utfärdar intyg');
    expect(page.progress()?.hasAttribute('value')).toBe(false);
    expect(page.progress()?.getAttribute('aria-valuetext')).toBe('I kö');
    expect(page.text(page.element.querySelector('.job-count'))).toBe('I kö');
    expect(page.element.querySelector('#certification-job-status')?.getAttribute('role')).toBe('status');
    expect(page.jobStatus()).toBe('Utfärdandet står i kö och börjar så snart servern har tid.');

    jest.advanceTimersByTime(500);
    http.expectOne(jobUrl).flush(aJob({ total: 12, pending: 6, skipped: 2, issued: 3, failed: 1, failures: [aJobFailure()] }));
    await settle();
    expect(page.progress()?.getAttribute('max')).toBe('12');
    expect(page.progress()?.getAttribute('value')).toBe('6');
    expect(page.progress()?.getAttribute('aria-valuetext')).toBe('6 av 12');
    expect(page.text(page.element.querySelector('.job-count'))).toBe('6 av 12');
    expect(page.jobStatus()).toBe('Utfärdandet pågår.');
    // Failures are listed once the job is through, not while it still runs.
    expect(page.failures()).toEqual([]);
    expect(page.button('Försök igen med dem som misslyckades')).toBeUndefined();

    jest.advanceTimersByTime(500);
    http.expectOne(jobUrl).flush(
      aJob({
        status: 'done',
        total: 12,
        skipped: 2,
        issued: 8,
        failed: 2,
        failures: [aJobFailure(), aJobFailure({ enrolmentId: `e-${BJORN.id}`, traineeId: BJORN.id, name: BJORN.name, reason: 'not-enrolled' })],
        finishedAt: '2026-05-20T12:03:00.000Z',
      }),
    );
    await expectReloadAfterJob();

    expect(page.text(page.element.querySelector('.job-count'))).toBe('12 av 12');
    expect(page.jobStatus()).toBe('Klart. Utfärdade intyg: 8. Hoppades över (inte klara eller har redan intyg): 2. Misslyckades: 2.');
    expect(page.text(page.element.querySelector('.job-failures h3'))).toBe('De här kunde inte certifieras');
    expect(page.failures()).toEqual(['Åsa Lindström: intyget kunde inte skapas', 'Björn Öberg: går inte längre i kullen']);
    expect(page.button('Försök igen med dem som misslyckades')).toBeDefined();
    jest.advanceTimersByTime(2000);
    http.expectNone(jobUrl);
  });

  it('picks up a running job after a reload and follows it to the end', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout'] });
    const page = await open([], aJob({ total: 12, pending: 9, issued: 3 }));
    jest.advanceTimersByTime(0);
    http.expectOne(jobUrl).flush(aJob({ total: 12, pending: 7, issued: 5 }));
    await settle();
    expect(page.progress()?.getAttribute('value')).toBe('5');
    expect(page.jobStatus()).toBe('Utfärdandet pågår.');
    expect(page.button('Certifiera alla som är klara')?.getAttribute('aria-busy')).toBe('true');

    jest.advanceTimersByTime(500);
    http.expectOne(jobUrl).flush(aJob({ status: 'done', total: 12, issued: 12, finishedAt: '2026-05-20T12:03:00.000Z' }));
    await expectReloadAfterJob();
    expect(page.jobStatus()).toBe('Klart. Utfärdade intyg: 12. Hoppades över (inte klara eller har redan intyg): 0. Misslyckades: 0.');
    expect(page.button('Certifiera alla som är klara')?.getAttribute('aria-busy')).toBe('false');
    jest.advanceTimersByTime(2000);
    http.expectNone(jobUrl);
  });

  it('leaves a finished job without failures out after a reload', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout'] });
    const page = await open([], aJob({ status: 'done', total: 3, issued: 3, finishedAt: '2026-05-20T12:03:00.000Z' }));
    jest.advanceTimersByTime(2000);
    http.expectNone(jobUrl);
    expect(page.progress()).toBeNull();
    expect(page.jobStatus()).toBe('');
  });

  it('retries the failed trainees of the latest job and follows the job again', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout'] });
    const finished = aJob({ status: 'done', total: 3, issued: 2, failed: 1, failures: [aJobFailure()], finishedAt: '2026-05-20T12:03:00.000Z' });
    const page = await open([], finished);
    // A finished job is shown, not followed.
    jest.advanceTimersByTime(2000);
    http.expectNone(jobUrl);
    expect(page.failures()).toEqual(['Åsa Lindström: intyget kunde inte skapas']);
    expect(page.text(page.element.querySelector('.job-finished'))).toMatch(/^Avslutades .*2026.*\.$/);

    page.button('Försök igen med dem som misslyckades')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: `${jobUrl}/retry` }).flush(aJob({ status: 'queued', total: 3, pending: 1, issued: 2 }), { status: 202, statusText: 'Accepted' });
    await settle();
    expect(page.jobStatus()).toBe('Utfärdandet står i kö och börjar så snart servern har tid.');
    expect(page.failures()).toEqual([]);
    expect(page.button('Försök igen med dem som misslyckades')).toBeUndefined();

    jest.advanceTimersByTime(0);
    http.expectOne(jobUrl).flush(aJob({ status: 'running', total: 3, pending: 1, issued: 2 }));
    await settle();
    expect(page.progress()?.getAttribute('value')).toBe('2');
    jest.advanceTimersByTime(500);
    http.expectOne(jobUrl).flush(aJob({ status: 'done', total: 3, issued: 3, finishedAt: '2026-05-20T12:09:00.000Z' }));
    await expectReloadAfterJob();

    expect(page.jobStatus()).toBe('Klart. Utfärdade intyg: 3. Hoppades över (inte klara eller har redan intyg): 0. Misslyckades: 0.');
    expect(page.failures()).toEqual([]);
    jest.advanceTimersByTime(2000);
    http.expectNone(jobUrl);
  });

  it('says in its own words that the whole job stopped, and offers to try again', async () => {
    const page = await open([], aJob({ status: 'failed', total: 5, pending: 3, issued: 2, error: 'The job failed on every attempt; see the server log', finishedAt: '2026-05-20T12:30:00.000Z' }));
    expect(page.jobStatus()).toBe('Utfärdandet avbröts. Utfärdade intyg: 2. Försök igen; de som redan har intyg hoppas över.');
    expect(page.element.textContent).not.toContain('failed on every attempt');
    expect(page.button('Försök igen med utfärdandet')).toBeDefined();
  });

  it('follows the open job instead when another one of the cohort is under way', async () => {
    jest.useFakeTimers({ doNotFake: ['setTimeout'] });
    const page = await open([], aJob({ status: 'done', total: 3, issued: 2, failed: 1, failures: [aJobFailure()] }));
    page.button('Försök igen med dem som misslyckades')?.click();
    await settle();
    http
      .expectOne(`${jobUrl}/retry`)
      .flush({ statusCode: 409, error: 'Conflict', message: 'Another certification job of this cohort is open' }, { status: 409, statusText: 'Conflict' });
    await settle();
    const otherId = '7c6b5a4d-3e2f-4c1b-9d0a-8f7e6d5c4b3a';
    http.expectOne(`${base}/certification-jobs/latest`).flush({ job: aJob({ id: otherId, status: 'running', total: 3 }) });
    await settle();
    jest.advanceTimersByTime(0);
    http.expectOne(`/api/certification-jobs/${otherId}`).flush(aJob({ id: otherId, status: 'running', total: 3, issued: 1 }));
    await settle();

    expect(page.text(page.element.querySelector('.job [role=alert]'))).toBe('Kullen har redan ett utfärdande som pågår. Vänta tills det är klart.');
    expect(page.progress()?.getAttribute('value')).toBe('1');
    expect(page.failures()).toEqual([]);
  });

  it('shows the history with verification and PDF links, and revokes with a public reason and an internal note', async () => {
    const page = await open([aCertificate(), aCertificate({ id: 'old', status: 'superseded', code: 'PEER-OLD1-OLD2' })]);
    const [valid, superseded] = [...page.element.querySelectorAll('.certificate')];
    expect([...valid.querySelectorAll('a')].map((a) => [page.text(a), a.getAttribute('href')])).toEqual([
      ['Kontrollera: Åsa Lindström, PEER-7KQ2-M4XD', aCertificate().verifyUrl],
      ['Ladda ner PDF: Åsa Lindström, PEER-7KQ2-M4XD', `/api/certificates/${CERTIFICATE_ID}/pdf`],
    ]);
    expect(superseded.querySelector('button')).toBeNull();

    page.button('Återkalla')?.click();
    await settle();
    const form = valid.querySelector('peer-revoke-form') as HTMLElement;
    expect(page.text(form.querySelector('legend'))).toBe('Skäl som visas offentligt');
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => page.text(form.querySelector(`label[for="${r.id}"]`)))).toEqual([
      'Utfärdat av misstag',
      'Kraven för intyget var inte uppfyllda',
      'Återkallat på innehavarens begäran',
    ]);
    expect(radios.some((r) => r.checked)).toBe(false);
    expect(page.text(form.querySelector('.public-preview'))).toBe('Välj det skäl som ska visas offentligt.');

    // Without a reason nothing is sent.
    page.button('Återkalla intyget')?.click();
    await settle();
    http.expectNone({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/revoke` });

    radios[1].click();
    await settle();
    const today = new Date().toISOString().slice(0, 10);
    expect(page.text(form.querySelector('.public-preview'))).toBe(`Visas offentligt: återkallat den ${today}, skäl: Kraven för intyget var inte uppfyllda`);
    const note = form.querySelector('textarea') as HTMLTextAreaElement;
    expect(page.text(form.querySelector(`label[for="${note.id}"]`))).toBe('Intern anteckning (valfri)');
    note.value = '  Rollspelen signerades av fel person ';
    note.dispatchEvent(new Event('input'));
    page.button('Återkalla intyget')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/revoke` });
    expect(request.request.body).toEqual({ reason: 'requirements-not-met', note: 'Rollspelen signerades av fel person' });
    const revoked = aCertificate({
      status: 'revoked',
      revokedAt: '2026-06-01T10:00:00.000Z',
      revocationCode: 'requirements-not-met',
      revocationNote: 'Rollspelen signerades av fel person',
    });
    request.flush(revoked);
    await settle();
    http.expectOne(`${base}/certificates`).flush({ certificates: [revoked] });
    await settle();

    expect(page.text(page.element.querySelector('#certificates-status'))).toBe('Intyget för Åsa Lindström är återkallat.');
    expect(page.text(page.element.querySelector('.revocation'))).toMatch(/^Återkallat .+\. Offentligt skäl: Kraven för intyget var inte uppfyllda$/);
    expect(page.text(page.element.querySelector('.revocation-note'))).toBe('Intern anteckning: Rollspelen signerades av fel person');
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
