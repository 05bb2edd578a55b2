import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aCohortProgress, aCompletionResult, ASA, COHORT_ID } from '../testing';
import { CohortProgressService } from './cohort-progress.service';

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

  it('reads the matrix, without parameters when showing everything', async () => {
    const matrix = progress.cohort(COHORT_ID, { show: 'all' });
    http.expectOne({ method: 'GET', url: `${base}/progress` }).flush(aCohortProgress());

    await expect(matrix).resolves.toEqual(aCohortProgress());
  });

  it('passes the filters on', async () => {
    const matrix = progress.cohort(COHORT_ID, { show: 'blocked', requirement: 'attendance:day-1' });
    const request = http.expectOne((r) => r.url === `${base}/progress`);
    expect(request.request.params.get('show')).toBe('blocked');
    expect(request.request.params.get('requirement')).toBe('attendance:day-1');
    request.flush(aCohortProgress());

    await matrix;
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
