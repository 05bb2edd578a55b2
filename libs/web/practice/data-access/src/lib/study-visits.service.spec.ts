import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { aReflectedVisit, aStudyVisit, ENROLMENT_ID, VISIT_ID } from '../testing';
import { StudyVisitsService } from './study-visits.service';

describe('StudyVisitsService', () => {
  let visits: StudyVisitsService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    visits = TestBed.inject(StudyVisitsService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('registers a visit and lists them', async () => {
    const request = {
      enrolmentId: ENROLMENT_ID,
      requirementId: 'inpatient-visit',
      unitName: 'Avdelning 12',
      kind: 'inpatient',
      organisation: 'Sahlgrenska',
      date: '2026-03-04',
      hours: 4,
      hostEmail: 'vard@example.org',
    };
    const registered = visits.register(request);
    const post = http.expectOne({ method: 'POST', url: '/api/me/study-visits' });
    expect(post.request.body).toEqual(request);
    post.flush(aStudyVisit({ status: 'awaiting_host', confirmedAt: null }));
    await expect(registered).resolves.toMatchObject({ status: 'awaiting_host' });

    const mine = visits.mine();
    http.expectOne({ method: 'GET', url: '/api/me/study-visits' }).flush({ studyVisits: [aStudyVisit()] });
    await expect(mine).resolves.toEqual([aStudyVisit()]);
  });

  it('passes on field errors of a registration', async () => {
    const registered = visits.register({ ...aStudyVisit(), hostEmail: 'nope' });
    const errors = [{ field: 'hostEmail', rule: 'isEmail', message: 'hostEmail must be an e-mail address' }];
    http
      .expectOne('/api/me/study-visits')
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', errors }, { status: 400, statusText: 'Bad Request' });

    await expect(registered).rejects.toMatchObject({ status: 400, error: { errors } });
  });

  it('sends the host a link again and hands in a reflection', async () => {
    const sent = visits.sendConfirmation(VISIT_ID);
    http.expectOne({ method: 'POST', url: `/api/me/study-visits/${VISIT_ID}/send-confirmation` }).flush(null, { status: 204, statusText: 'No Content' });
    await sent;

    const answers = ['Ett', 'Två', 'Tre'];
    const reflected = visits.reflect(VISIT_ID, answers);
    const put = http.expectOne({ method: 'PUT', url: `/api/me/study-visits/${VISIT_ID}/reflection` });
    expect(put.request.body).toEqual({ answers });
    put.flush(aReflectedVisit({ answers }));
    await expect(reflected).resolves.toMatchObject({ status: 'reflected', answers });
  });

  it("reads a cohort's visits, all or in one state", async () => {
    const base = `/api/cohorts/${COHORT_ID}/study-visits`;
    const all = visits.forCohort(COHORT_ID);
    const allRequest = http.expectOne((r) => r.url === base);
    expect(allRequest.request.params.keys()).toEqual([]);
    allRequest.flush({ studyVisits: [aStudyVisit(), aReflectedVisit()] });
    await expect(all).resolves.toHaveLength(2);

    const queue = visits.forCohort(COHORT_ID, 'reflected');
    const queueRequest = http.expectOne((r) => r.url === base);
    expect(queueRequest.request.params.get('status')).toBe('reflected');
    queueRequest.flush({ studyVisits: [aReflectedVisit()] });
    await expect(queue).resolves.toEqual([aReflectedVisit()]);
  });

  it('approves a visit or returns it with a comment', async () => {
    const base = `/api/cohorts/${COHORT_ID}/study-visits/${VISIT_ID}`;
    const approved = visits.approve(COHORT_ID, VISIT_ID);
    http.expectOne({ method: 'POST', url: `${base}/approve` }).flush(aReflectedVisit({ status: 'approved' }));
    await expect(approved).resolves.toMatchObject({ status: 'approved' });

    const returned = visits.returnToTrainee(COHORT_ID, VISIT_ID, 'Svara på fråga 2.');
    const post = http.expectOne({ method: 'POST', url: `${base}/return` });
    expect(post.request.body).toEqual({ comment: 'Svara på fråga 2.' });
    post.flush(aReflectedVisit({ status: 'returned', leaderComment: 'Svara på fråga 2.' }));
    await expect(returned).resolves.toMatchObject({ status: 'returned' });
  });

  it('passes on an approval the API refuses', async () => {
    const approved = visits.approve(COHORT_ID, VISIT_ID);
    http
      .expectOne(`/api/cohorts/${COHORT_ID}/study-visits/${VISIT_ID}/approve`)
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'The host unit has not confirmed this visit: it cannot be approved' },
        { status: 409, statusText: 'Conflict' },
      );

    await expect(approved).rejects.toMatchObject({ status: 409 });
  });
});
