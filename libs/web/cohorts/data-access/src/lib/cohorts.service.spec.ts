import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCohort, aCohortSummary, aDaySlot, anInvitation, COHORT_ID } from '../testing';
import { cohortUrl, CohortsService } from './cohorts.service';

describe('CohortsService', () => {
  let cohorts: CohortsService;
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    cohorts = TestBed.inject(CohortsService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the cohorts', async () => {
    const list = cohorts.list();
    http.expectOne({ method: 'GET', url: '/api/cohorts' }).flush({ cohorts: [aCohortSummary()] });

    await expect(list).resolves.toEqual([aCohortSummary()]);
  });

  it('reads one cohort', async () => {
    const cohort = cohorts.get(COHORT_ID);
    http.expectOne({ method: 'GET', url: base }).flush(aCohort());

    await expect(cohort).resolves.toEqual(aCohort());
  });

  it('creates a cohort', async () => {
    const created = cohorts.create({ name: 'Malmö höst 2026', courseId: 'base', version: 1, leaderIds: ['l1'] });
    const request = http.expectOne({ method: 'POST', url: '/api/cohorts' });
    expect(request.request.body).toEqual({ name: 'Malmö höst 2026', courseId: 'base', version: 1, leaderIds: ['l1'] });
    request.flush(aCohort({ name: 'Malmö höst 2026' }));

    await expect(created).resolves.toMatchObject({ name: 'Malmö höst 2026' });
  });

  it('sets the course leaders', async () => {
    const done = cohorts.setLeaders(COHORT_ID, ['l1', 'l2']);
    const request = http.expectOne({ method: 'PUT', url: `${base}/leaders` });
    expect(request.request.body).toEqual({ leaderIds: ['l1', 'l2'] });
    request.flush(null, { status: 204, statusText: 'No Content' });

    await expect(done).resolves.toBeNull();
  });

  it('schedules a day', async () => {
    const slot = cohorts.scheduleDay(COHORT_ID, 2, { date: '2026-03-09', startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsborg' });
    const request = http.expectOne({ method: 'PUT', url: `${base}/days/2` });
    expect(request.request.body).toEqual({ date: '2026-03-09', startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsborg' });
    request.flush(aDaySlot({ dayNumber: 2, date: '2026-03-09' }));

    await expect(slot).resolves.toMatchObject({ dayNumber: 2, date: '2026-03-09' });
  });

  it('enrols one trainee, imports a file and withdraws a trainee', async () => {
    const enrolled = cohorts.enrol(COHORT_ID, { name: 'Åsa Lindström', email: 'asa.lindstrom@example.org' });
    const enrol = http.expectOne({ method: 'POST', url: `${base}/enrolments` });
    expect(enrol.request.body).toEqual({ name: 'Åsa Lindström', email: 'asa.lindstrom@example.org' });
    enrol.flush(anInvitation());
    await expect(enrolled).resolves.toEqual(anInvitation());

    const csv = 'name,email\nÅsa Lindström,asa.lindstrom@example.org\n';
    const imported = cohorts.importCsv(COHORT_ID, csv);
    const upload = http.expectOne({ method: 'POST', url: `${base}/enrolments/import` });
    expect(upload.request.body).toEqual({ csv });
    upload.flush({ invited: [] });
    await expect(imported).resolves.toEqual({ invited: [] });

    const withdrawn = cohorts.withdraw(COHORT_ID, 'e-1', 'Flyttar');
    const withdraw = http.expectOne({ method: 'POST', url: `${base}/enrolments/e-1/withdraw` });
    expect(withdraw.request.body).toEqual({ reason: 'Flyttar' });
    withdraw.flush(null, { status: 204, statusText: 'No Content' });
    await withdrawn;

    const outcomes = cohorts.adminInvitations(COHORT_ID);
    const staff = { ...anInvitation(), outcome: 'staff-account' as const, invitedBy: 'Eva Kärrlund', acceptedAt: null, revokedAt: null };
    http.expectOne({ method: 'GET', url: `${base}/invitations` }).flush({ invitations: [staff] });
    await expect(outcomes).resolves.toEqual([staff]);

    const cancelled = cohorts.cancelInvitation(COHORT_ID, 'i-1');
    http.expectOne({ method: 'DELETE', url: `${base}/invitations/i-1` }).flush(null, { status: 204, statusText: 'No Content' });
    await cancelled;
  });

  it('passes on an import with bad rows as an HTTP error with every row', async () => {
    const imported = cohorts.importCsv(COHORT_ID, 'name,email\nÅsa,nope\n');
    const errors = [{ field: 'csv.line2.email', rule: 'isEmail', message: 'line 2: "nope" is not an e-mail address' }];
    http
      .expectOne(`${base}/enrolments/import`)
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', errors }, { status: 400, statusText: 'Bad Request' });

    await expect(imported).rejects.toMatchObject({ status: 400, error: { errors } });
  });

  it('escapes ids in addresses', () => {
    expect(cohortUrl('a/b', 'days', 3)).toBe('/api/cohorts/a%2Fb/days/3');
  });
});
