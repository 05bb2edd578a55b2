import type { CourseDaySlotDto, EnrolmentDto } from '@peer/contract';
import { createCohort, EnrolledTrainee, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
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
    expect(response.body.errors).toEqual([{ field: 'marks.1.traineeId', rule: 'enrolled', code: 'field.enrolled', message: 'marks.1.traineeId is not a trainee of this cohort' }]);
    const bad = await leader.put(`/api/cohorts/${cohort.id}/days/1/attendance`, { marks: [{ traineeId: outsider.id, status: 'here' }] }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'marks.0.status', rule: 'isIn' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM attendance a JOIN course_days d ON d.id = a.course_day_id WHERE d.cohort_id = $1`, [cohort.id]);
    expect(count).toBe(0);
    await leader.put(`/api/cohorts/${cohort.id}/days/5/attendance`, { marks: [{ traineeId: outsider.id, status: 'present' }] }).expect(404);
  });

  it('lets a trainee report an absence before the day, which the leader sees', async () => {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Lena Å'], days: [{ dayNumber: 1, date: '2020-01-13' }, { dayNumber: 2, date: '2099-01-13' }] });
    const trainee = await signInTrainee(t, enrolments[0]!);
    const [past, future] = cohort.days;
    await trainee.post(`/api/me/course-days/${future?.id}/absence`, { reason: 'Läkarbesök' }).expect(204);
    const late = await trainee.post(`/api/me/course-days/${past?.id}/absence`, {}).expect(400);
    expect(late.body.errors[0]).toMatchObject({ field: 'courseDayId', rule: 'future' });
    const other = await t.as('trainee');
    await other.post(`/api/me/course-days/${future?.id}/absence`, {}).expect(404);

    const day = await leader.get(`/api/cohorts/${cohort.id}/days/2/attendance`).expect(200);
    expect(day.body.rows[0].notice).toMatchObject({ reason: 'Läkarbesök' });
  });

  it('lets the own leader book a missed day into another cohort, whose leader sees only the guest and records her there, which closes the make-up', async () => {
    const home = await createCohort(leader, { name: 'Kull Göteborg', trainees: ['Sören E'], days: weeklyDays('2026-01-12', 3) });
    const enrolment = home.cohort.enrolments[0] as EnrolmentDto;
    const hostLeader = await t.as('course_leader');
    const host = await createCohort(hostLeader, { name: 'Kull Malmö', trainees: ['Hanna V'], days: weeklyDays('2026-02-02', 3) });
    const hostDay3 = host.cohort.days.find((d) => d.dayNumber === 3) as CourseDaySlotDto;
    const book = (dayNumber: number, hostCourseDayId: string) =>
      leader.post(`/api/cohorts/${home.cohort.id}/enrolments/${enrolment.id}/make-up-bookings`, { dayNumber, hostCourseDayId });

    // The own leader sees the host's days, never its people.
    const hostDays = (await leader.get(`/api/cohorts/${home.cohort.id}/days/3/host-days`).expect(200)).body.days;
    expect(hostDays).toContainEqual({ id: hostDay3.id, dayNumber: 3, date: hostDay3.date, startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' });
    expect(JSON.stringify(hostDays)).not.toContain('Hanna');
    // A cohort of the course that ended long before this one began offers no days.
    const old = await createCohort(hostLeader, { name: 'Kull Lund 2024', days: weeklyDays('2024-09-02', 3) });
    const oldDay3 = old.cohort.days.find((d) => d.dayNumber === 3) as CourseDaySlotDto;
    expect((await leader.get(`/api/cohorts/${home.cohort.id}/days/3/host-days`).expect(200)).body.days.map((d: { id: string }) => d.id)).not.toContain(oldDay3.id);

    const noAbsence = await book(3, hostDay3.id).expect(409);
    expect(noAbsence.body).toMatchObject({ code: 'make-up.no-absence', message: expect.stringMatching(/no recorded absence on day 3/) });
    await leader.put(`/api/cohorts/${home.cohort.id}/days/3/attendance`, { marks: [{ traineeId: enrolment.traineeId, status: 'absent_unexcused' }] }).expect(200);
    const wrongDay = await book(3, host.cohort.days.find((d) => d.dayNumber === 2)?.id as string).expect(400);
    expect(wrongDay.body.errors).toEqual([expect.objectContaining({ field: 'hostCourseDayId', rule: 'hostDay' })]);
    await book(3, home.cohort.days.find((d) => d.dayNumber === 3)?.id as string).expect(400);
    expect((await book(3, oldDay3.id).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'hostCourseDayId', rule: 'hostDay' })]);
    const booked = await book(3, hostDay3.id).expect(201);
    expect(booked.body).toMatchObject({ enrolmentId: enrolment.id, traineeName: 'Sören E', dayNumber: 3, status: 'booked', hostDay: { id: hostDay3.id } });
    expect((await book(3, hostDay3.id).expect(409)).body.code).toBe('make-up.already-open');

    // The host sees the guest's name and the day, nothing of her own cohort.
    const guests = (await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/3/guests`).expect(200)).body.guests;
    expect(guests).toEqual([{ bookingId: booked.body.id, name: 'Sören E', dayNumber: 3, status: 'booked', attendance: null }]);
    expect((await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/2/guests`).expect(200)).body.guests).toEqual([]);
    const roster = (await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/3/attendance`).expect(200)).body.rows;
    expect(roster.map((r: { name: string }) => r.name)).toEqual(['Hanna V']);
    await hostLeader.get(`/api/cohorts/${home.cohort.id}/trainees/${enrolment.traineeId}/progress`).expect(404);
    await hostLeader.get(`/api/cohorts/${home.cohort.id}/attendance-history`).expect(404);
    // Recorded on the day it was booked into only.
    await hostLeader.put(`/api/cohorts/${host.cohort.id}/days/2/guests/${booked.body.id}/attendance`, { status: 'present' }).expect(404);

    const openBefore = (await leader.get(`/api/cohorts/${home.cohort.id}/trainees/${enrolment.traineeId}/progress`).expect(200)).body.result.openMakeUps;
    expect(openBefore).toEqual([expect.objectContaining({ dayNumber: 3 })]);
    const recorded = await hostLeader.put(`/api/cohorts/${host.cohort.id}/days/3/guests/${booked.body.id}/attendance`, { status: 'present' }).expect(200);
    expect(recorded.body).toEqual({ bookingId: booked.body.id, name: 'Sören E', dayNumber: 3, status: 'attended', attendance: 'present' });
    const again = await hostLeader.put(`/api/cohorts/${host.cohort.id}/days/3/guests/${booked.body.id}/attendance`, { status: 'absent_unexcused' }).expect(409);
    expect(again.body.code).toBe('make-up.guest-recorded');

    const after = (await leader.get(`/api/cohorts/${home.cohort.id}/trainees/${enrolment.traineeId}/progress`).expect(200)).body.result;
    expect(after.openMakeUps).toEqual([]);
    expect(after.requirements.find((r: { id: string }) => r.id === 'attendance:day-3').status).toBe('met');
    const sören = await signInTrainee(t, home.enrolments[0] as EnrolledTrainee);
    const mine = (await sören.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(mine.makeUps).toEqual([expect.objectContaining({ dayNumber: 3, method: 'other-cohort', hostCohortName: 'Kull Malmö', recordedBy: hostLeader.user.name })]);
    const bookings = (await leader.get(`/api/cohorts/${home.cohort.id}/make-up-bookings`).expect(200)).body.bookings;
    expect(bookings).toEqual([expect.objectContaining({ id: booked.body.id, status: 'attended' })]);
    // Made up: nothing more to book for that day.
    expect((await book(3, hostDay3.id).expect(409)).body.code).toBe('make-up.already-made-up');
  });

  it('lets a trainee ask for a make-up, which her own leader accepts into a host day; a missed guest day leaves it open', async () => {
    const home = await createCohort(leader, { trainees: ['Tova L'], days: weeklyDays('2026-01-12', 4) });
    const enrolment = home.cohort.enrolments[0] as EnrolmentDto;
    const hostLeader = await t.as('course_leader');
    const host = await createCohort(hostLeader, { name: 'Kull Lund', days: weeklyDays('2099-02-02', 4) });
    const hostDay4 = host.cohort.days.find((d) => d.dayNumber === 4) as CourseDaySlotDto;
    await leader.put(`/api/cohorts/${home.cohort.id}/days/4/attendance`, { marks: [{ traineeId: enrolment.traineeId, status: 'absent_excused' }] }).expect(200);
    await leader.put(`/api/cohorts/${home.cohort.id}/days/1/attendance`, { marks: [{ traineeId: enrolment.traineeId, status: 'present' }] }).expect(200);
    const tova = await signInTrainee(t, home.enrolments[0] as EnrolledTrainee);

    const notMissed = await tova.post(`/api/me/enrolments/${enrolment.id}/make-up-requests`, { dayNumber: 1 }).expect(409);
    expect(notMissed.body.message).toMatch(/no recorded absence on day 1/);
    const tooLong = await tova.post(`/api/me/enrolments/${enrolment.id}/make-up-requests`, { dayNumber: 4, note: 'x'.repeat(501) }).expect(400);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    const asked = await tova.post(`/api/me/enrolments/${enrolment.id}/make-up-requests`, { dayNumber: 4, note: 'Tisdagar passar bäst' }).expect(201);
    expect(asked.body).toEqual({ id: expect.any(String), enrolmentId: enrolment.id, dayNumber: 4, status: 'requested', requestNote: 'Tisdagar passar bäst', hostDay: null });
    await tova.post(`/api/me/enrolments/${enrolment.id}/make-up-requests`, { dayNumber: 4 }).expect(409);

    // Nothing reaches the host before her own leader books it.
    expect((await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/4/guests`).expect(200)).body.guests).toEqual([]);
    const waiting = (await leader.get(`/api/cohorts/${home.cohort.id}/make-up-bookings`).expect(200)).body.bookings;
    expect(waiting).toEqual([expect.objectContaining({ id: asked.body.id, traineeName: 'Tova L', dayNumber: 4, status: 'requested', requestNote: 'Tisdagar passar bäst', hostDay: null })]);
    // The host cannot accept it on her behalf.
    await hostLeader.post(`/api/cohorts/${host.cohort.id}/make-up-bookings/${asked.body.id}/accept`, { hostCourseDayId: hostDay4.id }).expect(404);
    const accepted = await leader.post(`/api/cohorts/${home.cohort.id}/make-up-bookings/${asked.body.id}/accept`, { hostCourseDayId: hostDay4.id }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'booked', hostDay: { id: hostDay4.id, date: hostDay4.date } });
    expect((await leader.post(`/api/cohorts/${home.cohort.id}/make-up-bookings/${asked.body.id}/accept`, { hostCourseDayId: hostDay4.id }).expect(409)).body.code).toBe('make-up.not-requested');
    const mine = (await tova.get('/api/me/make-up-requests').expect(200)).body.requests;
    expect(mine).toEqual([expect.objectContaining({ id: asked.body.id, status: 'booked', hostDay: expect.objectContaining({ date: hostDay4.date, place: 'Lokal Älvsjö' }) })]);

    // She did not come: the make-up stays open, and can be booked again.
    await hostLeader.put(`/api/cohorts/${host.cohort.id}/days/4/guests/${asked.body.id}/attendance`, { status: 'absent_unexcused' }).expect(200);
    const still = (await tova.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(still.result.openMakeUps).toEqual([expect.objectContaining({ dayNumber: 4 })]);
    const again = await leader.post(`/api/cohorts/${home.cohort.id}/enrolments/${enrolment.id}/make-up-bookings`, { dayNumber: 4, hostCourseDayId: hostDay4.id }).expect(201);
    const cancelled = await leader.post(`/api/cohorts/${home.cohort.id}/make-up-bookings/${again.body.id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/4/guests`).expect(200)).body.guests).toEqual([
      expect.objectContaining({ bookingId: asked.body.id, status: 'missed', attendance: 'absent_unexcused' }),
    ]);
  });

  it('ends a trainee’s open make-ups and clears her words when she is erased', async () => {
    const home = await createCohort(leader, { trainees: ['Ulla R'], days: weeklyDays('2026-01-12', 2) });
    const enrolment = home.cohort.enrolments[0] as EnrolmentDto;
    const hostLeader = await t.as('course_leader');
    const host = await createCohort(hostLeader, { name: 'Kull Umeå', days: weeklyDays('2099-02-02', 2) });
    await leader.put(`/api/cohorts/${home.cohort.id}/days/2/attendance`, { marks: [{ traineeId: enrolment.traineeId, status: 'absent_excused' }] }).expect(200);
    const ulla = await signInTrainee(t, home.enrolments[0] as EnrolledTrainee);
    const asked = (await ulla.post(`/api/me/enrolments/${enrolment.id}/make-up-requests`, { dayNumber: 2, note: 'Helst en tisdag' }).expect(201)).body;
    await leader.post(`/api/cohorts/${home.cohort.id}/make-up-bookings/${asked.id}/accept`, { hostCourseDayId: host.cohort.days[1]?.id }).expect(200);
    expect((await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/2/guests`).expect(200)).body.guests).toHaveLength(1);

    const request = (await ulla.post('/api/me/erasure-request').expect(200)).body;
    const admin = await t.as('admin');
    await admin.post(`/api/admin/erasure-requests/${request.id}/confirm`, { confirm: true }).expect(200);

    const [row] = await t.dataSource.query(`SELECT status, request_note FROM make_up_bookings WHERE id = $1`, [asked.id]);
    expect(row).toEqual({ status: 'cancelled', request_note: null });
    expect((await hostLeader.get(`/api/cohorts/${host.cohort.id}/days/2/guests`).expect(200)).body.guests).toEqual([]);
  });

  it('lets the own leader approve a compensatory assignment for a missed day', async () => {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Maja Ä'], days: weeklyDays('2026-01-12', 2) });
    const enrolment = cohort.enrolments[0];
    await leader.put(`/api/cohorts/${cohort.id}/days/2/attendance`, { marks: [{ traineeId: enrolment?.traineeId, status: 'absent_excused' }] }).expect(200);
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment?.id}/make-ups`, { dayNumber: 1, note: 'Uppsats' }).expect(409);
    const maja = await signInTrainee(t, enrolments[0] as EnrolledTrainee);
    const asked = (await maja.post(`/api/me/enrolments/${enrolment?.id}/make-up-requests`, { dayNumber: 2 }).expect(201)).body;
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment?.id}/make-ups`, { dayNumber: 2, note: 'Uppsats om återhämtning' }).expect(201);
    // Made up by the assignment: her request for another cohort's day has nothing left to do.
    expect((await maja.get('/api/me/make-up-requests').expect(200)).body.requests).toEqual([expect.objectContaining({ id: asked.id, status: 'cancelled' })]);
  });
});
