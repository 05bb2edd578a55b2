import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CertificationJobDto } from '@peer/contract';
import { ASA, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { aCertificate, aJob, CERTIFICATE_ID, JOB_ID } from '../testing';
import { CertificatesService } from './certificates.service';

describe('CertificatesService', () => {
  let certificates: CertificatesService;
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    certificates = TestBed.inject(CertificatesService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('certifies one trainee in the chosen language', async () => {
    const issued = certificates.certify(COHORT_ID, ASA.id, 'en');
    const request = http.expectOne({ method: 'POST', url: `${base}/trainees/${ASA.id}/certify` });
    expect(request.request.body).toEqual({ language: 'en' });
    request.flush(aCertificate({ language: 'en' }));

    await expect(issued).resolves.toMatchObject({ language: 'en' });
  });

  it('passes on what is missing as field errors of a 409', async () => {
    const issued = certificates.certify(COHORT_ID, ASA.id, 'sv');
    const errors = [{ field: 'role-play:boundary-question', rule: 'pending', message: 'Rollspelet inte observerat än / Role-play not observed yet' }];
    http
      .expectOne(`${base}/trainees/${ASA.id}/certify`)
      .flush({ statusCode: 409, error: 'Conflict', message: errors[0].message, errors }, { status: 409, statusText: 'Conflict' });

    await expect(issued).rejects.toMatchObject({ status: 409, error: { errors } });
  });

  it('starts a job for the cohort and follows it until it is done', async () => {
    jest.useFakeTimers();
    const started = certificates.startJob(COHORT_ID, 'sv');
    const start = http.expectOne({ method: 'POST', url: `${base}/certification-jobs` });
    expect(start.request.body).toEqual({ language: 'sv' });
    start.flush(aJob(), { status: 202, statusText: 'Accepted' });
    await expect(started).resolves.toEqual(aJob());

    const seen: CertificationJobDto[] = [];
    let completed = false;
    certificates.watchJob(JOB_ID, 500).subscribe({ next: (job) => seen.push(job), complete: () => (completed = true) });
    jest.advanceTimersByTime(0);
    http.expectOne({ method: 'GET', url: `/api/certification-jobs/${JOB_ID}` }).flush(aJob({ total: 12, skipped: 2, issued: 4 }));
    // Nothing more is asked before the interval has passed.
    jest.advanceTimersByTime(499);
    http.expectNone(`/api/certification-jobs/${JOB_ID}`);
    jest.advanceTimersByTime(1);
    http.expectOne(`/api/certification-jobs/${JOB_ID}`).flush(aJob({ status: 'done', total: 12, skipped: 2, issued: 10 }));
    jest.advanceTimersByTime(2000);

    expect(seen.map((job) => [job.status, job.issued])).toEqual([
      ['running', 4],
      ['done', 10],
    ]);
    expect(completed).toBe(true);
    http.expectNone(`/api/certification-jobs/${JOB_ID}`);
  });

  it('keeps following a job while it waits in the queue, then while it runs', () => {
    jest.useFakeTimers();
    const seen: string[] = [];
    let completed = false;
    certificates.watchJob(JOB_ID, 500).subscribe({ next: (job) => seen.push(job.status), complete: () => (completed = true) });
    const url = `/api/certification-jobs/${JOB_ID}`;
    jest.advanceTimersByTime(0);
    http.expectOne(url).flush(aJob({ status: 'queued' }));
    jest.advanceTimersByTime(500);
    http.expectOne(url).flush(aJob({ status: 'queued' }));
    expect(completed).toBe(false);
    jest.advanceTimersByTime(500);
    http.expectOne(url).flush(aJob({ status: 'running', total: 3, pending: 3 }));
    jest.advanceTimersByTime(500);
    http.expectOne(url).flush(aJob({ status: 'failed', total: 3, pending: 1, issued: 2, error: 'The job failed on every attempt' }));
    jest.advanceTimersByTime(2000);

    expect(seen).toEqual(['queued', 'queued', 'running', 'failed']);
    expect(completed).toBe(true);
    http.expectNone(url);
  });

  it("reads the cohort's latest job, or none", async () => {
    const latest = certificates.latestJob(COHORT_ID);
    http.expectOne({ method: 'GET', url: `${base}/certification-jobs/latest` }).flush({ job: aJob({ status: 'queued' }) });
    await expect(latest).resolves.toMatchObject({ id: JOB_ID, status: 'queued' });

    const none = certificates.latestJob(COHORT_ID);
    http.expectOne(`${base}/certification-jobs/latest`).flush({ job: null });
    await expect(none).resolves.toBeNull();
  });

  it('queues the failed trainees of a job again', async () => {
    const retried = certificates.retryJob(JOB_ID);
    http.expectOne({ method: 'POST', url: `/api/certification-jobs/${JOB_ID}/retry` }).flush(aJob({ status: 'queued' }), { status: 202, statusText: 'Accepted' });
    await expect(retried).resolves.toMatchObject({ status: 'queued' });
  });

  it('reads one job', async () => {
    const job = certificates.job(JOB_ID);
    http.expectOne(`/api/certification-jobs/${JOB_ID}`).flush(aJob({ status: 'failed' }));
    await expect(job).resolves.toMatchObject({ status: 'failed' });
  });

  it("lists a cohort's certificates and the trainee's own", async () => {
    const history = certificates.forCohort(COHORT_ID);
    http.expectOne({ method: 'GET', url: `${base}/certificates` }).flush({ certificates: [aCertificate(), aCertificate({ status: 'revoked' })] });
    await expect(history).resolves.toHaveLength(2);

    const mine = certificates.mine();
    http.expectOne({ method: 'GET', url: '/api/me/certificates' }).flush({ certificates: [aCertificate()] });
    await expect(mine).resolves.toEqual([aCertificate()]);
  });

  it('revokes and re-issues a certificate', async () => {
    const revoked = certificates.revoke(CERTIFICATE_ID, { reason: 'issued-in-error', note: 'Fel kull' });
    const revoke = http.expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/revoke` });
    expect(revoke.request.body).toEqual({ reason: 'issued-in-error', note: 'Fel kull' });
    revoke.flush(aCertificate({ status: 'revoked' }));
    await expect(revoked).resolves.toMatchObject({ status: 'revoked' });

    const reissued = certificates.reissue(CERTIFICATE_ID, { holderName: 'Åsa Lind', reason: 'Namnbyte' });
    const reissue = http.expectOne({ method: 'POST', url: `/api/certificates/${CERTIFICATE_ID}/reissue` });
    expect(reissue.request.body).toEqual({ holderName: 'Åsa Lind', reason: 'Namnbyte' });
    reissue.flush(aCertificate({ id: 'new', holderName: 'Åsa Lind' }));
    await expect(reissued).resolves.toMatchObject({ holderName: 'Åsa Lind' });
  });

  it('gives the PDF address', () => {
    expect(certificates.pdfUrl(CERTIFICATE_ID)).toBe(`/api/certificates/${CERTIFICATE_ID}/pdf`);
  });
});
