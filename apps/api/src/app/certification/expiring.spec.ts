import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

jest.setTimeout(180_000);

describe('certificates expiring soon', () => {
  let t: TestApp;
  let leaderA: Client;
  let leaderB: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leaderA = await t.as('course_leader');
    leaderB = await t.as('course_leader');
    admin = await t.as('admin');
  });
  afterAll(async () => {
    await t.close();
  });

  /** A certificate of a trainee in the leader's cohort, made to end `days` days from now. */
  async function endingIn(leader: Client, name: string, days: number): Promise<string> {
    const { cohort, enrolments } = await createCohort(leader, { trainees: [name], days: weeklyDays('2026-01-12') });
    await completeBaseCourse(t, leader, cohort, enrolments[0]!);
    const certificate = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolments[0]!.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    await t.dataSource.query(`UPDATE certificates SET valid_until = now() + make_interval(days => $2) WHERE id = $1`, [certificate.id, days]);
    return certificate.id as string;
  }

  const ids = async (client: Client, query = '') => ((await client.get(`/api/certificates/expiring${query}`).expect(200)).body.certificates as { id: string; validUntil: string }[]).map((c) => c.id);

  it('lists valid certificates ending within the window, soonest first, each leader only her own trainees', async () => {
    const a30 = await endingIn(leaderA, 'Anna Sjöberg', 30);
    const a80 = await endingIn(leaderA, 'Axel Öhman', 80);
    const a200 = await endingIn(leaderA, 'Alma Ek', 200);
    const aPast = await endingIn(leaderA, 'Arvid Lund', -3);
    const b10 = await endingIn(leaderB, 'Bodil Nygren', 10);

    expect(await ids(leaderA)).toEqual([a30, a80]);
    expect(await ids(leaderA, '?days=365')).toEqual([a30, a80, a200]);
    expect(await ids(leaderA, '?days=40')).toEqual([a30]);
    expect(await ids(leaderB)).toEqual([b10]);
    const all = await ids(admin);
    expect(all).toEqual([b10, a30, a80]);
    expect(all).not.toContain(aPast);

    // A revoked certificate no longer expires: it is gone from the list.
    await leaderA.post(`/api/certificates/${a30}/revoke`, { reason: 'issued-in-error' }).expect(201);
    expect(await ids(leaderA)).toEqual([a80]);
  });

  it('refuses a bad window with 400 naming the field and rule, and trainees with 403', async () => {
    for (const [query, message] of [
      ['?days=0', 'days must be at least 1'],
      ['?days=366', 'days must be at most 365'],
      ['?days=soon', 'days must be a whole number'],
    ]) {
      const response = await leaderA.get(`/api/certificates/expiring${query}`).expect(400);
      expect(JSON.stringify(response.body)).toContain(message);
    }
    await (await t.as('trainee')).get('/api/certificates/expiring').expect(403);
  });
});
