import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_FINISHED_COHORT, DEMO_TRAINEES } from './demo-data';
import { DemoDataService } from './demo-data.service';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
  });
  afterAll(() => t.close());

  it('loads once: people with å, ä, ö, a cohort halfway and a cohort ready to certify', async () => {
    const demo = t.app.get(DemoDataService);
    expect(await demo.loadIfEmpty()).toBe(true);
    expect(await demo.loadIfEmpty()).toBe(false);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM users`);
    expect(count).toBe(1 + 2 + DEMO_TRAINEES.length + DEMO_FINISHED_COHORT.trainees.length);

    const leader = await t.signIn('hakan.strom@example.org', 'peer-demo-2026');
    const cohorts = (await leader.get('/api/cohorts').expect(200)).body.cohorts as { id: string; name: string; traineeCount: number }[];
    const finished = cohorts.find((c) => c.name === DEMO_FINISHED_COHORT.name);
    const progress = (await leader.get(`/api/cohorts/${finished?.id}/progress`).expect(200)).body;
    expect(progress.rows.map((r: { name: string; certifiable: boolean }) => [r.name, r.certifiable])).toEqual(
      expect.arrayContaining(DEMO_FINISHED_COHORT.trainees.map((p) => [p.name, true])),
    );

    const trainee = await t.signIn('bjorn.oberg@example.org', 'peer-demo-2026');
    const mine = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(mine.cohort).toMatchObject({ name: 'Grundutbildning Göteborg', traineeCount: 12, scheduledDays: 12 });
    expect(mine.result.openMakeUps.map((m: { dayNumber: number }) => m.dayNumber)).toEqual([3]);
  });
});
