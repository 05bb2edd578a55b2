import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCohortProgress, aCompletionResult, aProgressRow, ASA, BJORN, COHORT_ID } from '../testing';
import { CohortProgressService, expandProgressPage } from './cohort-progress.service';

describe('CohortProgressService', () => {
  let progress: CohortProgressService;
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    progress = TestBed.inject(CohortProgressService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets the service handle one answer and send its next request. */
  const nextRequest = () => new Promise((resolve) => setTimeout(resolve));

  it('spells out each compact cell as the state and its reason from the page', () => {
    const result = aCompletionResult();
    const page = expandProgressPage(aCohortProgress());

    expect(page).toMatchObject({ cohortId: COHORT_ID, total: 1, offset: 0, limit: 100 });
    expect(page.rows).toEqual([
      {
        traineeId: ASA.id,
        enrolmentId: `e-${ASA.id}`,
        name: ASA.name,
        certifiable: false,
        summary: result.summary,
        cells: Object.fromEntries(result.requirements.map((r) => [r.id, r.attention ? { status: r.status, reason: r.reason, attention: r.attention } : { status: r.status, reason: r.reason }])),
      },
    ]);
  });

  it('shares reasons between rows and leaves out a cell the engine gave no verdict for', () => {
    const body = aCohortProgress({ rows: [aProgressRow(ASA, { states: 'mm-mm', reasons: [4, 4, -1, 4, 4] }), aProgressRow(BJORN, { states: 'fffff', reasons: [0, 0, 0, 0, 0] })] });
    const [asa, bjorn] = expandProgressPage(body).rows;

    expect(Object.keys(asa?.cells ?? {})).toEqual(['attendance:day-1', 'attendance:day-2', 'role-play:boundary-question', 'enrolment']);
    expect(asa?.cells['attendance:day-1']).toEqual({ status: 'met', reason: body.reasons[4] });
    expect(bjorn?.cells['enrolment']).toEqual({ status: 'failed', reason: body.reasons[0] });
    expect(bjorn?.cells['attendance:day-1']?.reason).toBe(bjorn?.cells['enrolment']?.reason);
  });

  it('reads a pending day’s letter as why it waits', () => {
    const body = aCohortProgress({ rows: [aProgressRow(ASA, { states: 'bouma', reasons: [0, 1, 2, 3, 4] })] });
    const [asa] = expandProgressPage(body).rows;

    expect(asa?.cells['attendance:day-1']).toEqual({ status: 'pending', reason: body.reasons[0], attention: 'blocked' });
    expect(asa?.cells['attendance:day-2']).toEqual({ status: 'pending', reason: body.reasons[1], attention: 'overdue' });
    expect(asa?.cells['attendance-limit']).toEqual({ status: 'pending', reason: body.reasons[2], attention: 'upcoming' });
    expect(asa?.cells['role-play:boundary-question']).toEqual({ status: 'met', reason: body.reasons[3] });
    // An unknown letter is no verdict.
    expect(asa?.cells['enrolment']).toBeUndefined();
  });

  it('reads one page, without parameters for the first page of everyone', async () => {
    const page = progress.page(COHORT_ID, { show: 'all' });
    http.expectOne({ method: 'GET', url: `${base}/progress` }).flush(aCohortProgress());

    await expect(page).resolves.toEqual(expandProgressPage(aCohortProgress()));
  });

  it('passes the filters and the page on', async () => {
    const page = progress.page(COHORT_ID, { show: 'blocked', requirement: 'attendance:day-1' }, { offset: 200, limit: 100 });
    const request = http.expectOne((r) => r.url === `${base}/progress`);
    expect(request.request.params.get('show')).toBe('blocked');
    expect(request.request.params.get('requirement')).toBe('attendance:day-1');
    expect(request.request.params.get('offset')).toBe('200');
    expect(request.request.params.get('limit')).toBe('100');
    request.flush(aCohortProgress({ total: 250, offset: 200 }));

    await expect(page).resolves.toMatchObject({ total: 250, offset: 200, limit: 100 });
  });

  it('reads the whole matrix in one request when it fits the first page', async () => {
    const matrix = progress.cohort(COHORT_ID);
    http.expectOne({ method: 'GET', url: `${base}/progress` }).flush(aCohortProgress());

    const page = expandProgressPage(aCohortProgress());
    await expect(matrix).resolves.toEqual({ cohortId: page.cohortId, requirements: page.requirements, rows: page.rows });
  });

  it('reads the rest of a large cohort in the largest pages, with the filters, each trainee once', async () => {
    const many = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) => aProgressRow({ id: `t-${from + i}`, name: `Deltagare ${from + i}` }));
    const matrix = progress.cohort(COHORT_ID, { show: 'blocked' });

    const first = http.expectOne((r) => r.url === `${base}/progress` && !r.params.has('offset'));
    expect(first.request.params.get('show')).toBe('blocked');
    first.flush(aCohortProgress({ rows: many(100, 0), total: 700 }));
    await nextRequest();
    const second = http.expectOne((r) => r.params.get('offset') === '100');
    expect(second.request.params.get('limit')).toBe('500');
    expect(second.request.params.get('show')).toBe('blocked');
    second.flush(aCohortProgress({ rows: many(500, 100), total: 700, offset: 100, limit: 500 }));
    await nextRequest();
    // Someone was enrolled meanwhile: the last page repeats one trainee and ends the list.
    const third = http.expectOne((r) => r.params.get('offset') === '600');
    third.flush(aCohortProgress({ rows: many(101, 599), total: 701, offset: 600, limit: 500 }));

    const whole = await matrix;
    expect(whole.rows).toHaveLength(700);
    expect(whole.rows.at(-1)?.name).toBe('Deltagare 699');
    expect(new Set(whole.rows.map((r) => r.traineeId)).size).toBe(700);
  });

  it('stops when a page comes back empty', async () => {
    const matrix = progress.cohort(COHORT_ID);
    http.expectOne(`${base}/progress`).flush(aCohortProgress({ total: 2 }));
    await nextRequest();
    http.expectOne((r) => r.params.get('offset') === '1').flush(aCohortProgress({ rows: [], total: 1, offset: 1, limit: 500 }));

    await expect(matrix).resolves.toMatchObject({ rows: [expect.objectContaining({ name: ASA.name })] });
  });

  it('builds the CSV address with the language and filters', () => {
    expect(progress.csvUrl(COHORT_ID, {}, 'sv')).toBe(`${base}/progress.csv?lang=sv`);
    expect(progress.csvUrl(COHORT_ID, { show: 'certifiable', requirement: 'role-play:x' }, 'en')).toBe(
      `${base}/progress.csv?lang=en&show=certifiable&requirement=role-play:x`,
    );
  });

  it("reads one trainee's requirements", async () => {
    const response = { trainee: { id: ASA.id, name: ASA.name }, cohortId: COHORT_ID, result: aCompletionResult() };
    const trainee = progress.trainee(COHORT_ID, ASA.id);
    http.expectOne({ method: 'GET', url: `${base}/trainees/${ASA.id}/progress` }).flush(response);

    await expect(trainee).resolves.toEqual(response);
  });
});
