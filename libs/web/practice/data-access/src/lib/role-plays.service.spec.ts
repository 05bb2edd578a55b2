import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { anAttempt, aSignedAttempt, ATTEMPT_ID, ENROLMENT_ID } from '../testing';
import { RolePlaysService } from './role-plays.service';

describe('RolePlaysService', () => {
  let rolePlays: RolePlaysService;
  let http: HttpTestingController;
  const enrolmentUrl = `/api/cohorts/${COHORT_ID}/enrolments/${ENROLMENT_ID}/role-plays`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    rolePlays = TestBed.inject(RolePlaysService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("opens an observation and lists a trainee's attempts", async () => {
    const started = rolePlays.start(COHORT_ID, ENROLMENT_ID, 'boundary-question');
    const start = http.expectOne({ method: 'POST', url: enrolmentUrl });
    expect(start.request.body).toEqual({ scenarioId: 'boundary-question' });
    start.flush(anAttempt());
    await expect(started).resolves.toEqual(anAttempt());

    const list = rolePlays.list(COHORT_ID, ENROLMENT_ID);
    http.expectOne({ method: 'GET', url: enrolmentUrl }).flush({ attempts: [aSignedAttempt(), anAttempt({ attempt: 2 })] });
    await expect(list).resolves.toHaveLength(2);
  });

  it('saves a draft and signs it', async () => {
    const body = { criteria: [{ criterionId: 'says-no-clearly', shown: true, feedback: 'Tydligt' }], overallFeedback: 'Bra' };
    const saved = rolePlays.save(ATTEMPT_ID, body);
    const save = http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` });
    expect(save.request.body).toEqual(body);
    save.flush(anAttempt());
    await saved;

    const signed = rolePlays.sign(ATTEMPT_ID, 'not_yet');
    const sign = http.expectOne({ method: 'POST', url: `/api/role-play-attempts/${ATTEMPT_ID}/sign` });
    expect(sign.request.body).toEqual({ result: 'not_yet' });
    sign.flush(aSignedAttempt({ result: 'not_yet' }));
    await expect(signed).resolves.toMatchObject({ status: 'signed', result: 'not_yet' });
  });

  it('passes on a refused signature with the rule that was broken', async () => {
    const signed = rolePlays.sign(ATTEMPT_ID, 'passed');
    const errors = [{ field: 'criteria', rule: 'allMarked', message: 'mark every criterion before signing; unmarked: explains-why' }];
    http
      .expectOne(`/api/role-play-attempts/${ATTEMPT_ID}/sign`)
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', errors }, { status: 400, statusText: 'Bad Request' });

    await expect(signed).rejects.toMatchObject({ status: 400, error: { errors } });
  });

  it("reads the trainee's own attempts and adds a reflection", async () => {
    const mine = rolePlays.mine();
    http.expectOne({ method: 'GET', url: '/api/me/role-plays' }).flush({ attempts: [aSignedAttempt()] });
    await expect(mine).resolves.toEqual([aSignedAttempt()]);

    const reflected = rolePlays.reflect(ATTEMPT_ID, 'Svårt att säga nej.');
    const reflect = http.expectOne({ method: 'POST', url: `/api/role-play-attempts/${ATTEMPT_ID}/reflections` });
    expect(reflect.request.body).toEqual({ text: 'Svårt att säga nej.' });
    reflect.flush(aSignedAttempt());
    await reflected;
  });

  it('escapes ids in addresses', async () => {
    const saved = rolePlays.sign('a/b', 'passed');
    http.expectOne('/api/role-play-attempts/a%2Fb/sign').flush(aSignedAttempt());
    await saved;
  });
});
