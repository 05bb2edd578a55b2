import { createCohort, signInTrainee } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

const SCENARIO = 'boundary-question';

describe('role-play observation', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  async function cohortWithTrainee() {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Åsa Lindström'] });
    return { cohort, enrolment: enrolments[0]!, trainee: await signInTrainee(t, enrolments[0]!) };
  }

  const markAll = (attempt: { criteria: { criterionId: string }[] }, shown: (i: number) => boolean) =>
    attempt.criteria.map((c, i) => ({ criterionId: c.criterionId, shown: shown(i), feedback: `Återkoppling ${i + 1}: du lyssnade väl` }));

  it('records marks and feedback, signs once, and then locks the attempt', async () => {
    const { cohort, enrolment, trainee } = await cohortWithTrainee();
    const started = await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId: SCENARIO }).expect(201);
    expect(started.body).toMatchObject({ attempt: 1, status: 'draft', result: null });
    expect(started.body.criteria.length).toBeGreaterThanOrEqual(4);
    await trainee.post(`/api/role-play-attempts/${started.body.id}/reflections`, { text: 'Jag är nervös inför gränsfrågan.' }).expect(201);

    const unsigned = await leader.post(`/api/role-play-attempts/${started.body.id}/sign`, { result: 'passed' }).expect(400);
    expect(unsigned.body.errors[0]).toMatchObject({ field: 'criteria', rule: 'allMarked' });
    await leader.put(`/api/role-play-attempts/${started.body.id}`, { criteria: markAll(started.body, () => true), overallFeedback: 'Tydlig och varm.' }).expect(200);
    const signed = await leader.post(`/api/role-play-attempts/${started.body.id}/sign`, { result: 'passed' }).expect(201);
    expect(signed.body).toMatchObject({ status: 'signed', result: 'passed', observer: leader.user.name });
    expect(signed.body.signedAt).toEqual(expect.any(String));

    await leader.post(`/api/role-play-attempts/${started.body.id}/sign`, { result: 'not_yet' }).expect(409);
    await leader.put(`/api/role-play-attempts/${started.body.id}`, { criteria: markAll(started.body, () => false) }).expect(409);
    await expect(t.dataSource.query(`UPDATE role_play_attempts SET result = 'not_yet' WHERE id = $1`, [started.body.id])).rejects.toThrow(/cannot be changed/);

    await trainee.post(`/api/role-play-attempts/${started.body.id}/reflections`, { text: 'Efteråt: det gick bättre än jag trodde.' }).expect(201);
    const mine = (await trainee.get('/api/me/role-plays').expect(200)).body.attempts;
    expect(mine).toHaveLength(1);
    expect(mine[0].criteria[0].feedback).toBe('Återkoppling 1: du lyssnade väl');
    expect(mine[0].reflections.map((r: { afterSigning: boolean }) => r.afterSigning)).toEqual([false, true]);
  });

  it('keeps the result chosen so far with the draft, for the leader only, until she signs', async () => {
    const { cohort, enrolment, trainee } = await cohortWithTrainee();
    const started = (await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId: SCENARIO }).expect(201)).body;
    const refused = await leader.put(`/api/role-play-attempts/${started.id}`, { criteria: [], result: 'maybe' }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'result' });

    const saved = await leader.put(`/api/role-play-attempts/${started.id}`, { criteria: markAll(started, (i) => i > 0), result: 'not_yet' }).expect(200);
    expect(saved.body).toMatchObject({ status: 'draft', result: null, draftResult: 'not_yet' });
    const listed = (await leader.get(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`).expect(200)).body.attempts;
    expect(listed[0].draftResult).toBe('not_yet');
    // The trainee sees nothing of an unsigned observation.
    expect((await trainee.get('/api/me/role-plays').expect(200)).body.attempts[0]).toMatchObject({ draftResult: null, overallFeedback: null });

    const signed = await leader.post(`/api/role-play-attempts/${started.id}/sign`, { result: 'not_yet' }).expect(201);
    expect(signed.body).toMatchObject({ status: 'signed', result: 'not_yet', draftResult: null });
  });

  it('keeps every attempt: a correction is a new attempt', async () => {
    const { cohort, enrolment, trainee } = await cohortWithTrainee();
    const path = `/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`;
    const first = (await leader.post(path, { scenarioId: SCENARIO }).expect(201)).body;
    await leader.put(`/api/role-play-attempts/${first.id}`, { criteria: markAll(first, (i) => i > 0) }).expect(200);
    const notAllShown = await leader.post(`/api/role-play-attempts/${first.id}/sign`, { result: 'passed' }).expect(400);
    expect(notAllShown.body.errors[0]).toMatchObject({ field: 'result', rule: 'allShown' });
    await leader.post(`/api/role-play-attempts/${first.id}/sign`, { result: 'not_yet' }).expect(201);

    const second = (await leader.post(path, { scenarioId: SCENARIO }).expect(201)).body;
    expect(second.attempt).toBe(2);
    await leader.put(`/api/role-play-attempts/${second.id}`, { criteria: markAll(second, () => true) }).expect(200);
    await leader.post(`/api/role-play-attempts/${second.id}/sign`, { result: 'passed' }).expect(201);

    const all = (await leader.get(path).expect(200)).body.attempts;
    expect(all.map((a: { attempt: number; result: string }) => `${a.attempt}:${a.result}`)).toEqual(['1:not_yet', '2:passed']);
    const training = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0].result;
    expect(training.requirements.find((r: { id: string }) => r.id === `role-play:${SCENARIO}`).status).toBe('met');
  });

  it('lets only a leader of the trainee’s cohort observe and sign', async () => {
    const { cohort, enrolment } = await cohortWithTrainee();
    const attempt = (await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId: SCENARIO }).expect(201)).body;
    await leader.put(`/api/role-play-attempts/${attempt.id}`, { criteria: markAll(attempt, () => true) }).expect(200);
    const other = await t.as('course_leader');
    await other.post(`/api/role-play-attempts/${attempt.id}/sign`, { result: 'passed' }).expect(404);
    await other.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId: SCENARIO }).expect(404);
    const admin = await t.as('admin');
    await admin.post(`/api/role-play-attempts/${attempt.id}/sign`, { result: 'passed' }).expect(403);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM role_play_attempts WHERE id = $1`, [attempt.id]);
    expect(status).toBe('draft');

    const unknown = await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId: 'no-such-scenario' }).expect(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'scenarioId', rule: 'inCourse' });
    const badCriterion = await leader.put(`/api/role-play-attempts/${attempt.id}`, { criteria: [{ criterionId: 'made-up', shown: true }] }).expect(400);
    expect(badCriterion.body.errors[0]).toMatchObject({ field: 'criteria.0.criterionId', rule: 'inRubric' });
  });

  it('signs exactly once when two signatures race', async () => {
    const { cohort, enrolment } = await cohortWithTrainee();
    const attempt = (await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment.enrolment.id}/role-plays`, { scenarioId: SCENARIO }).expect(201)).body;
    await leader.put(`/api/role-play-attempts/${attempt.id}`, { criteria: markAll(attempt, () => true) }).expect(200);
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => leader.post(`/api/role-play-attempts/${attempt.id}/sign`, { result: 'passed' }).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(4);
  });
});
