import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

describe('completion as trainees and leaders see it', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  async function traineeClient(enrolment: { enrolment: { email: string }; temporaryPassword: string | null }): Promise<Client> {
    const client = await t.signIn(enrolment.enrolment.email, enrolment.temporaryPassword as string);
    await client.post('/api/auth/password', { currentPassword: enrolment.temporaryPassword, newPassword: 'a new long password' }).expect(204);
    return client;
  }

  it('blocks certification on an unexcused absence until it is made up in another cohort, with the same reasons for both', async () => {
    const home = await createCohort(leader, { trainees: ['Anders Björk', 'Ingrid Nyström'], days: weeklyDays('2026-01-12') });
    const [anders, ingrid] = home.cohort.enrolments;
    const marks = (dayNumber: number) =>
      leader.put(`/api/cohorts/${home.cohort.id}/days/${dayNumber}/attendance`, {
        marks: [
          { traineeId: anders?.traineeId, status: dayNumber === 7 ? 'absent_unexcused' : 'present' },
          { traineeId: ingrid?.traineeId, status: 'present' },
        ],
      });
    for (let day = 1; day <= 12; day++) await marks(day).expect(200);

    const trainee = await traineeClient(home.enrolments[0] as never);
    const mine = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(mine.result.certifiable).toBe(false);
    const day7 = mine.result.requirements.find((r: { id: string }) => r.id === 'attendance:day-7');
    expect(day7.status).toBe('pending');
    expect(day7.reason.sv).toMatch(/^Dag 7 saknas: ta igen i en annan kull/);
    expect(mine.result.openMakeUps).toEqual([expect.objectContaining({ dayNumber: 7 })]);
    expect(mine.days.find((d: { dayNumber: number }) => d.dayNumber === 7).status).toBe('absent_unexcused');

    const seen = (await leader.get(`/api/cohorts/${home.cohort.id}/trainees/${anders?.traineeId}/progress`).expect(200)).body;
    expect(seen.result).toEqual(mine.result);
    const matrix = (await leader.get(`/api/cohorts/${home.cohort.id}/progress`).expect(200)).body;
    const row = matrix.rows.find((r: { traineeId: string }) => r.traineeId === anders?.traineeId);
    expect(row.cells['attendance:day-7']).toEqual({ status: day7.status, reason: day7.reason });

    const hostLeader = await t.as('course_leader');
    const host = await createCohort(hostLeader, { name: 'Kull Lund', days: weeklyDays('2026-03-02') });
    await hostLeader.post(`/api/cohorts/${host.cohort.id}/days/7/make-ups`, { traineeId: anders?.traineeId }).expect(201);

    const after = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(after.result.requirements.find((r: { id: string }) => r.id === 'attendance:day-7').status).toBe('met');
    expect(after.result.openMakeUps).toEqual([]);
    expect(after.makeUps).toEqual([expect.objectContaining({ dayNumber: 7, method: 'other-cohort', hostCohortName: 'Kull Lund' })]);
    // Role-plays and study visits are still ahead, so not certifiable yet, and not for attendance.
    expect(after.result.requirements.filter((r: { kind: string; status: string }) => r.kind === 'attendance' && r.status !== 'met')).toEqual([]);
  });

  it('filters the matrix, exports it as CSV, and keeps the query count flat as the cohort grows', async () => {
    const small = await createCohort(leader, { trainees: ['Tove Östlund'], days: weeklyDays('2026-01-12') });
    const names = Array.from({ length: 15 }, (_, i) => `Deltagare ${i + 1} Åkesson`);
    const big = await createCohort(leader, { trainees: names, days: weeklyDays('2026-01-12') });
    await leader
      .put(`/api/cohorts/${big.cohort.id}/days/1/attendance`, { marks: big.cohort.enrolments.map((e, i) => ({ traineeId: e.traineeId, status: i === 0 ? 'absent_unexcused' : 'present' })) })
      .expect(200);

    const queries = async (cohortId: string) => {
      const response = await leader.get(`/api/cohorts/${cohortId}/progress`).expect(200);
      return Number(/db;desc="(\d+) queries"/.exec(response.headers['server-timing'] as string)?.[1]);
    };
    const fewQueries = await queries(small.cohort.id);
    expect(fewQueries).toBeGreaterThan(0);
    expect(await queries(big.cohort.id)).toBe(fewQueries);

    const missingDay1 = await leader.get(`/api/cohorts/${big.cohort.id}/progress?requirement=attendance:day-1`).expect(200);
    expect(missingDay1.body.rows.map((r: { name: string }) => r.name)).toEqual([big.cohort.enrolments[0]?.name]);
    const blocked = await leader.get(`/api/cohorts/${big.cohort.id}/progress?show=blocked`).expect(200);
    expect(blocked.body.rows).toHaveLength(15);
    await leader.get(`/api/cohorts/${big.cohort.id}/progress?show=everyone`).expect(400);

    const csv = await leader.get(`/api/cohorts/${big.cohort.id}/progress.csv?lang=sv&requirement=attendance:day-1`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Namn,Kan certifieras,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Deltagare \d+ Åkesson,Nej,.*Dag 1 saknas/);
  });

  it('shows a trainee only their own training, and staff only their cohorts', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Jörgen S'] });
    const other = await t.as('course_leader');
    await other.get(`/api/cohorts/${cohort.id}/progress`).expect(403);
    await other.get(`/api/cohorts/${cohort.id}/trainees/${cohort.enrolments[0]?.traineeId}/progress`).expect(403);
    await leader.get('/api/me/training').expect(403);
    const stranger = await t.as('trainee');
    expect((await stranger.get('/api/me/training').expect(200)).body.enrolments).toEqual([]);
    await stranger.get(`/api/cohorts/${cohort.id}/progress`).expect(403);
  });
});
