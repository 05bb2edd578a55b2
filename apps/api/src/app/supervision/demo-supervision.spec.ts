import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_FINISHED_COHORT, DEMO_PASSWORD } from '../demo/demo-data';
import { DemoDataService } from '../demo/demo-data.service';

describe('demo supervision', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
  });
  afterAll(() => t.close());

  it('gives the finished cohort a supervision group led by its course leader, with three past sessions', async () => {
    await t.app.get(DemoDataService).loadIfEmpty();
    const supervisor = await t.signIn(DEMO_FINISHED_COHORT.leader.email, DEMO_PASSWORD);
    const { groups } = (await supervisor.get('/api/supervision/groups').expect(200)).body;
    expect(groups).toHaveLength(1);
    expect(groups[0].members.map((m: { name: string }) => m.name).sort()).toEqual(DEMO_FINISHED_COHORT.trainees.map((p) => p.name).sort());
    const detail = (await supervisor.get(`/api/supervision/groups/${groups[0].id}`).expect(200)).body;
    expect(detail.sessions).toHaveLength(3);
    expect(detail.sessions.every((s: { date: string }) => s.date < new Date().toISOString().slice(0, 10))).toBe(true);

    const other = await t.signIn('eva.karrlund@example.org', DEMO_PASSWORD);
    expect((await other.get('/api/supervision/groups').expect(200)).body.groups).toEqual([]);

    const first = await t.signIn((DEMO_FINISHED_COHORT.trainees[0] as { email: string }).email, DEMO_PASSWORD);
    expect((await first.get('/api/me/supervision').expect(200)).body.totalHours).toBe(4.5);
    const last = await t.signIn((DEMO_FINISHED_COHORT.trainees.at(-1) as { email: string }).email, DEMO_PASSWORD);
    expect((await last.get('/api/me/supervision').expect(200)).body.totalHours).toBe(3);
  });
});
