import type { CohortDto, CourseDaySlotDto, EnrolmentDto } from '@peer/contract';
import type request from 'supertest';
import { createCohort, EnrolledTrainee, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * Two cohorts with different leaders: whatever a leader of A names of cohort B (its id, an
 * enrolment, a trainee, an attempt, a visit, a booking, a job) is answered exactly like an id
 * that does not exist.
 */
describe('reach: another cohort looks like no cohort', () => {
  let t: TestApp;
  let leaderA: Client;
  let leaderB: Client;
  let a: CohortDto;
  let b: CohortDto;
  let annaA: EnrolmentDto;
  let beritB: EnrolmentDto;
  let anna: Client;
  let berit: Client;
  let attemptB: string;
  let visitB: string;
  let requestB: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leaderA = await t.as('course_leader');
    leaderB = await t.as('course_leader');
    const homeA = await createCohort(leaderA, { name: 'Kull A', trainees: ['Anna A'], days: weeklyDays('2026-01-12', 3) });
    const homeB = await createCohort(leaderB, { name: 'Kull B', trainees: ['Berit B'], days: weeklyDays('2026-01-13', 3) });
    a = homeA.cohort;
    b = homeB.cohort;
    annaA = a.enrolments[0] as EnrolmentDto;
    beritB = b.enrolments[0] as EnrolmentDto;
    anna = await signInTrainee(t, homeA.enrolments[0] as EnrolledTrainee);
    berit = await signInTrainee(t, homeB.enrolments[0] as EnrolledTrainee);
    await leaderB.put(`/api/cohorts/${b.id}/days/1/attendance`, { marks: [{ traineeId: beritB.traineeId, status: 'absent_unexcused' }] }).expect(200);
    requestB = (await berit.post(`/api/me/enrolments/${beritB.id}/make-up-requests`, { dayNumber: 1 }).expect(201)).body.id;
    attemptB = (await leaderB.post(`/api/cohorts/${b.id}/enrolments/${beritB.id}/role-plays`, { scenarioId: 'boundary-question' }).expect(201)).body.id;
    visitB = (
      await berit
        .post('/api/me/study-visits', {
          enrolmentId: beritB.id,
          requirementId: 'inpatient-visit',
          unitName: 'Avdelning 12',
          kind: 'inpatient',
          organisation: 'Sahlgrenska',
          date: '2099-05-01',
          hours: 3,
          hostEmail: 'handledare@example.org',
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  /** The foreign id's answer is exactly the answer for an id that does not exist. */
  async function sameAsNothing(send: (id: (foreign: string) => string) => request.Test): Promise<void> {
    const foreign = await send((id) => id);
    const nothing = await send(() => NOBODY);
    expect({ status: foreign.status, body: foreign.body }).toEqual({ status: 404, body: nothing.body });
    expect(nothing.status).toBe(404);
  }

  it('answers every staff route with another cohort’s ids like ids that do not exist', async () => {
    const dayB = b.days[0] as CourseDaySlotDto;
    const attempts: ((id: (foreign: string) => string) => request.Test)[] = [
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}`),
      (id) => leaderA.put(`/api/cohorts/${id(b.id)}/days/1`, { date: '2026-02-02', startTime: '09:00', endTime: '15:00', place: 'X' }),
      (id) => leaderA.post(`/api/cohorts/${id(b.id)}/enrolments/${beritB.id}/withdraw`, { reason: 'x' }),
      (id) => leaderA.post(`/api/cohorts/${a.id}/enrolments/${id(beritB.id)}/withdraw`, { reason: 'x' }),
      // Attendance and make-ups
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/days/1/attendance`),
      (id) => leaderA.put(`/api/cohorts/${id(b.id)}/days/1/attendance`, { marks: [{ traineeId: beritB.traineeId, status: 'present' }] }),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/attendance-history`),
      (id) => leaderA.get(`/api/cohorts/${a.id}/attendance-history?traineeId=${id(beritB.traineeId)}`),
      (id) => leaderA.post(`/api/cohorts/${a.id}/enrolments/${id(beritB.id)}/make-ups`, { dayNumber: 1, note: 'Uppsats' }),
      (id) => leaderA.post(`/api/cohorts/${a.id}/enrolments/${id(beritB.id)}/make-up-bookings`, { dayNumber: 1, hostCourseDayId: dayB.id }),
      (id) => leaderA.post(`/api/cohorts/${id(b.id)}/enrolments/${beritB.id}/make-up-bookings`, { dayNumber: 1, hostCourseDayId: dayB.id }),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/make-up-bookings`),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/days/1/host-days`),
      (id) => leaderA.post(`/api/cohorts/${a.id}/make-up-bookings/${id(requestB)}/accept`, { hostCourseDayId: dayB.id }),
      (id) => leaderA.post(`/api/cohorts/${a.id}/make-up-bookings/${id(requestB)}/cancel`),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/days/1/guests`),
      (id) => leaderA.put(`/api/cohorts/${a.id}/days/1/guests/${id(requestB)}/attendance`, { status: 'present' }),
      // Progress
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/progress`),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/progress.csv`),
      (id) => leaderA.get(`/api/cohorts/${a.id}/trainees/${id(beritB.traineeId)}/progress`),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/trainees/${beritB.traineeId}/progress`),
      // Role-plays
      (id) => leaderA.post(`/api/cohorts/${a.id}/enrolments/${id(beritB.id)}/role-plays`, { scenarioId: 'boundary-question' }),
      (id) => leaderA.get(`/api/cohorts/${a.id}/enrolments/${id(beritB.id)}/role-plays`),
      (id) => leaderA.put(`/api/role-play-attempts/${id(attemptB)}`, { criteria: [] }),
      (id) => leaderA.post(`/api/role-play-attempts/${id(attemptB)}/sign`, { result: 'passed' }),
      // Study visits
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/study-visits`),
      (id) => leaderA.post(`/api/cohorts/${a.id}/study-visits/${id(visitB)}/approve`),
      (id) => leaderA.post(`/api/cohorts/${a.id}/study-visits/${id(visitB)}/return`, { comment: 'Mer om mötet' }),
      // Certification
      (id) => leaderA.post(`/api/cohorts/${a.id}/trainees/${id(beritB.traineeId)}/certify`, { language: 'sv' }),
      (id) => leaderA.post(`/api/cohorts/${id(b.id)}/trainees/${beritB.traineeId}/certify`, { language: 'sv' }),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/certificates`),
      (id) => leaderA.post(`/api/cohorts/${id(b.id)}/certification-jobs`, { language: 'sv' }),
      (id) => leaderA.get(`/api/cohorts/${id(b.id)}/certification-jobs/latest`),
      // Calendar
      (id) => leaderA.post('/api/calendar-feeds', { cohortId: id(b.id) }),
    ];
    for (const attempt of attempts) await sameAsNothing(attempt);
    // Nothing was written to B on the way.
    const [{ marks }] = await t.dataSource.query(`SELECT count(*)::int AS marks FROM attendance a JOIN course_days d ON d.id = a.course_day_id WHERE d.cohort_id = $1`, [b.id]);
    expect(marks).toBe(1);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM make_up_bookings WHERE id = $1`, [requestB]);
    expect(status).toBe('requested');
  });

  it('answers a trainee naming someone else’s enrolment, attempt or visit like one that does not exist', async () => {
    const attempts: ((id: (foreign: string) => string) => request.Test)[] = [
      (id) => anna.post(`/api/me/enrolments/${id(beritB.id)}/make-up-requests`, { dayNumber: 1 }),
      (id) => anna.post(`/api/role-play-attempts/${id(attemptB)}/reflections`, { text: 'Min reflektion' }),
      (id) => anna.post(`/api/me/study-visits/${id(visitB)}/send-confirmation`),
      (id) => anna.put(`/api/me/study-visits/${id(visitB)}/reflection`, { answers: ['x'] }),
      (id) => anna.post(`/api/me/course-days/${id((b.days[2] as CourseDaySlotDto).id)}/absence`, {}),
    ];
    for (const attempt of attempts) await sameAsNothing(attempt);
    expect((await anna.get('/api/me/make-up-requests').expect(200)).body.requests).toEqual([]);
    expect((await berit.get('/api/me/make-up-requests').expect(200)).body.requests).toEqual([expect.objectContaining({ id: requestB })]);
  });

  it('answers another cohort’s certificate like one that does not exist: listing, download, revocation, re-issue', async () => {
    const c = await createCohort(leaderB, { name: 'Kull C', trainees: ['Cecilia C'], days: weeklyDays('2026-01-12') });
    const cecilia = c.enrolments[0] as EnrolledTrainee;
    const holder = await completeBaseCourse(t, leaderB, c.cohort, cecilia);
    const issued = (await leaderB.post(`/api/cohorts/${c.cohort.id}/trainees/${cecilia.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    await holder.get(`/api/certificates/${issued.id}/pdf`).expect(200);

    const attempts: ((id: (foreign: string) => string) => request.Test)[] = [
      (id) => leaderA.get(`/api/certificates/${id(issued.id)}/pdf`),
      (id) => leaderA.post(`/api/certificates/${id(issued.id)}/revoke`, { reason: 'issued-in-error' }),
      (id) => leaderA.post(`/api/certificates/${id(issued.id)}/reissue`, { holderName: 'Cecilia X', reason: 'Namnet' }),
      (id) => leaderA.get(`/api/cohorts/${id(c.cohort.id)}/certificates`),
      (id) => anna.get(`/api/certificates/${id(issued.id)}/pdf`),
    ];
    for (const attempt of attempts) await sameAsNothing(attempt);
    const [{ status }] = await t.dataSource.query(`SELECT status FROM certificates WHERE id = $1`, [issued.id]);
    expect(status).toBe('valid');
  });

  it('keeps a wrong role at 403', async () => {
    await anna.get(`/api/cohorts/${a.id}/days/1/attendance`).expect(403);
    await anna.get(`/api/cohorts/${a.id}/make-up-bookings`).expect(403);
    await leaderA.post(`/api/me/enrolments/${annaA.id}/make-up-requests`, { dayNumber: 1 }).expect(403);
  });

  it('lets only administrators change a cohort’s leaders, and a leader create a cohort led by herself alone', async () => {
    const admin = await t.as('admin');
    const coLeader = await t.as('course_leader');
    await admin.put(`/api/cohorts/${a.id}/leaders`, { leaderIds: [leaderA.user.id, coLeader.user.id] }).expect(204);
    await coLeader.get(`/api/cohorts/${a.id}`).expect(200);
    // A co-leader cannot remove the other leader, nor can a leader change her own cohort's list.
    await coLeader.put(`/api/cohorts/${a.id}/leaders`, { leaderIds: [coLeader.user.id] }).expect(403);
    await leaderA.put(`/api/cohorts/${a.id}/leaders`, { leaderIds: [leaderA.user.id] }).expect(403);
    const leaders = await t.dataSource.query(`SELECT leader_id FROM cohort_leaders WHERE cohort_id = $1 ORDER BY leader_id`, [a.id]);
    expect(leaders.map((l: { leader_id: string }) => l.leader_id).sort()).toEqual([leaderA.user.id, coLeader.user.id].sort());
    await admin.put(`/api/cohorts/${a.id}/leaders`, { leaderIds: [leaderA.user.id] }).expect(204);
    await coLeader.get(`/api/cohorts/${a.id}`).expect(404);

    await leaderA.post('/api/cohorts', { name: 'Kull C', courseId: 'base', version: 1, leaderIds: [leaderB.user.id] }).expect(403);
    const own = await leaderA.post('/api/cohorts', { name: 'Kull C', courseId: 'base', version: 1, leaderIds: [leaderA.user.id] }).expect(201);
    expect(own.body.leaders.map((l: { id: string }) => l.id)).toEqual([leaderA.user.id]);
    const named = await admin.post('/api/cohorts', { name: 'Kull D', courseId: 'base', version: 1, leaderIds: [leaderA.user.id, leaderB.user.id] }).expect(201);
    expect(named.body.leaders).toHaveLength(2);
  });

  it('gives a leader’s cohort feed no days once she no longer leads the cohort', async () => {
    const admin = await t.as('admin');
    const coLeader = await t.as('course_leader');
    await admin.put(`/api/cohorts/${b.id}/leaders`, { leaderIds: [leaderB.user.id, coLeader.user.id] }).expect(204);
    const feed = (await coLeader.post('/api/calendar-feeds', { cohortId: b.id }).expect(201)).body;
    const path = new URL(feed.url).pathname;
    expect((await t.http().get(path).expect(200)).text).toContain('Kull B');
    await admin.put(`/api/cohorts/${b.id}/leaders`, { leaderIds: [leaderB.user.id] }).expect(204);
    const after = await t.http().get(path).expect(200);
    expect(after.text).not.toContain('BEGIN:VEVENT');
  });
});
