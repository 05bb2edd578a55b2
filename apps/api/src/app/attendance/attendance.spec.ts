import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

describe('attendance and make-ups', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  it('marks a whole cohort at once and keeps who changed what, from what to what', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Åsa Ö', 'Björn Ä', 'Märta Å'], days: weeklyDays('2026-01-12', 1) });
    const [a, b, c] = cohort.enrolments.map((e) => e.traineeId);
    const first = await leader
      .put(`/api/cohorts/${cohort.id}/days/1/attendance`, {
        marks: [
          { traineeId: a, status: 'present' },
          { traineeId: b, status: 'late', comment: 'Tåget försenat' },
          { traineeId: c, status: 'absent_unexcused' },
        ],
      })
      .expect(200);
    expect(first.body).toEqual({ changed: 3 });
    const other = await t.as('course_leader');
    await t.dataSource.query(`INSERT INTO cohort_leaders (cohort_id, leader_id) VALUES ($1, $2)`, [cohort.id, other.user.id]);
    await other.put(`/api/cohorts/${cohort.id}/days/1/attendance`, { marks: [{ traineeId: c, status: 'absent_excused', comment: 'Sjuk' }, { traineeId: a, status: 'present' }] }).expect(200);

    const day = await leader.get(`/api/cohorts/${cohort.id}/days/1/attendance`).expect(200);
    expect(day.body.rows.map((r: { status: string }) => r.status).sort()).toEqual(['absent_excused', 'late', 'present']);

    const history = await leader.get(`/api/cohorts/${cohort.id}/attendance-history?traineeId=${c}`).expect(200);
    expect(history.body.changes).toEqual([
      expect.objectContaining({ dayNumber: 1, from: 'absent_unexcused', to: 'absent_excused', comment: 'Sjuk', changedBy: other.user.name }),
      expect.objectContaining({ dayNumber: 1, from: null, to: 'absent_unexcused', changedBy: leader.user.name }),
    ]);
  });

  it('names a mark for someone outside the cohort and writes nothing', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Göran H'], days: weeklyDays('2026-01-12', 1) });
    const outsider = await t.createUser('trainee');
    const response = await leader
      .put(`/api/cohorts/${cohort.id}/days/1/attendance`, {
        marks: [{ traineeId: cohort.enrolments[0]?.traineeId, status: 'present' }, { traineeId: outsider.id, status: 'present' }],
      })
      .expect(400);
    expect(response.body.errors).toEqual([{ field: 'marks.1.traineeId', rule: 'enrolled', message: 'marks.1.traineeId is not a trainee of this cohort' }]);
    const bad = await leader.put(`/api/cohorts/${cohort.id}/days/1/attendance`, { marks: [{ traineeId: outsider.id, status: 'here' }] }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'marks.0.status', rule: 'isIn' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM attendance a JOIN course_days d ON d.id = a.course_day_id WHERE d.cohort_id = $1`, [cohort.id]);
    expect(count).toBe(0);
    await leader.put(`/api/cohorts/${cohort.id}/days/5/attendance`, { marks: [{ traineeId: outsider.id, status: 'present' }] }).expect(404);
  });

  it('lets a trainee report an absence before the day, which the leader sees', async () => {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Lena Å'], days: [{ dayNumber: 1, date: '2020-01-13' }, { dayNumber: 2, date: '2099-01-13' }] });
    const trainee = await t.signIn(enrolments[0]?.enrolment.email as string, enrolments[0]?.temporaryPassword as string);
    await trainee.post('/api/auth/password', { currentPassword: enrolments[0]?.temporaryPassword, newPassword: 'a new long password' }).expect(204);
    const [past, future] = cohort.days;
    await trainee.post(`/api/me/course-days/${future?.id}/absence`, { reason: 'Läkarbesök' }).expect(204);
    const late = await trainee.post(`/api/me/course-days/${past?.id}/absence`, {}).expect(400);
    expect(late.body.errors[0]).toMatchObject({ field: 'courseDayId', rule: 'future' });
    const other = await t.as('trainee');
    await other.post(`/api/me/course-days/${future?.id}/absence`, {}).expect(404);

    const day = await leader.get(`/api/cohorts/${cohort.id}/days/2/attendance`).expect(200);
    expect(day.body.rows[0].notice).toMatchObject({ reason: 'Läkarbesök' });
  });

  it('closes a make-up when the day is attended in another cohort, once', async () => {
    const home = await createCohort(leader, { trainees: ['Sören E'], days: weeklyDays('2026-01-12', 3) });
    const traineeId = home.cohort.enrolments[0]?.traineeId as string;
    const hostLeader = await t.as('course_leader');
    const host = await createCohort(hostLeader, { name: 'Kull Malmö', days: weeklyDays('2026-02-02', 3) });

    const noAbsence = await hostLeader.post(`/api/cohorts/${host.cohort.id}/days/3/make-ups`, { traineeId }).expect(409);
    expect(noAbsence.body.message).toMatch(/no recorded absence on day 3/);
    await leader.put(`/api/cohorts/${home.cohort.id}/days/3/attendance`, { marks: [{ traineeId, status: 'absent_unexcused' }] }).expect(200);
    const candidates = await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/3/make-up-candidates`).expect(200);
    expect(candidates.body.candidates).toContainEqual({ traineeId, name: 'Sören E', cohortName: home.cohort.name, status: 'absent_unexcused' });
    await hostLeader.post(`/api/cohorts/${host.cohort.id}/days/3/make-ups`, { traineeId }).expect(201);
    const after = await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/3/make-up-candidates`).expect(200);
    expect(after.body.candidates.map((c: { traineeId: string }) => c.traineeId)).not.toContain(traineeId);
    await hostLeader.post(`/api/cohorts/${host.cohort.id}/days/3/make-ups`, { traineeId }).expect(409);
    // A leader of neither cohort may not record it.
    await leader.post(`/api/cohorts/${host.cohort.id}/days/3/make-ups`, { traineeId }).expect(403);
  });

  it('lets the own leader approve a compensatory assignment for a missed day', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Maja Ä'], days: weeklyDays('2026-01-12', 2) });
    const enrolment = cohort.enrolments[0];
    await leader.put(`/api/cohorts/${cohort.id}/days/2/attendance`, { marks: [{ traineeId: enrolment?.traineeId, status: 'absent_excused' }] }).expect(200);
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment?.id}/make-ups`, { dayNumber: 1, note: 'Uppsats' }).expect(409);
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment?.id}/make-ups`, { dayNumber: 2, note: 'Uppsats om återhämtning' }).expect(201);
  });
});
