import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

describe('what a cohort needs from its staff', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  const actionsOf = async (cohortId: string) => (await leader.get(`/api/cohorts/${cohortId}/actions`).expect(200)).body;

  it('counts held days without attendance, open make-ups and role-plays not yet passed', async () => {
    // Twelve weekly days, the first two already held.
    const start = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Åsa Lindström', 'Björn Öberg'], days: weeklyDays(start) });
    const before = await actionsOf(cohort.id);
    expect(before).toMatchObject({ cohortId: cohort.id, attendanceToTake: 2, makeUpsOpen: 0, visitsToApprove: 0, readyToCertify: 0 });
    expect(before.rolePlaysToObserve).toBeGreaterThan(0);

    await leader
      .put(`/api/cohorts/${cohort.id}/days/1/attendance`, {
        marks: [
          { traineeId: enrolments[0]!.enrolment.traineeId, status: 'present' },
          { traineeId: enrolments[1]!.enrolment.traineeId, status: 'absent_unexcused' },
        ],
      })
      .expect(200);
    expect(await actionsOf(cohort.id)).toMatchObject({ attendanceToTake: 1, makeUpsOpen: 1, rolePlaysToObserve: before.rolePlaysToObserve });
  });

  it('counts a trainee ready to certify until she is certified, and keeps other leaders out', async () => {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Ingrid Nyström'], days: weeklyDays('2026-01-12') });
    await completeBaseCourse(t, leader, cohort, enrolments[0]!);
    expect(await actionsOf(cohort.id)).toMatchObject({ attendanceToTake: 0, makeUpsOpen: 0, rolePlaysToObserve: 0, visitsToApprove: 0, readyToCertify: 1 });

    await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolments[0]!.enrolment.traineeId}/certify`, {}).expect(201);
    expect((await actionsOf(cohort.id)).readyToCertify).toBe(0);

    const other = await t.as('course_leader');
    expect((await other.get(`/api/cohorts/${cohort.id}/actions`).expect(404)).body.code).toBe('not-found');
  });
});
