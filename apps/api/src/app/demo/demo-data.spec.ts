import { startTestApp, TestApp } from '../../../test/test-app';
import { DEMO_ADMIN, DEMO_FINISHED_COHORT, DEMO_MOVED, DEMO_NATIONAL_ADMIN, DEMO_RENEWAL, DEMO_SKANE_ADMIN, DEMO_TRAINEES } from './demo-data';
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
    await demo.afterStart();
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM users`);
    expect(count).toBe(3 + 2 + DEMO_TRAINEES.length + DEMO_FINISHED_COHORT.trainees.length + 2 + 1);

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

  it('holds a certificate that expires within 90 days, whose holder is renewing it', async () => {
    const leader = await t.signIn(DEMO_RENEWAL.leader.email, 'peer-demo-2026');
    const expiring = (await leader.get('/api/certificates/expiring?days=90').expect(200)).body.certificates as { holderName: string; courseId: string; validUntil: string }[];
    expect(expiring).toEqual([expect.objectContaining({ holderName: DEMO_RENEWAL.holder.name, courseId: 'base' })]);
    const daysLeft = (Date.parse(expiring[0]?.validUntil ?? '') - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(DEMO_RENEWAL.expiresInDays - 2);
    expect(daysLeft).toBeLessThan(DEMO_RENEWAL.expiresInDays + 1);

    const cohorts = (await leader.get('/api/cohorts').expect(200)).body.cohorts as { id: string; name: string }[];
    const refresher = cohorts.find((c) => c.name === DEMO_RENEWAL.refresherCohort);
    const progress = (await leader.get(`/api/cohorts/${refresher?.id}/progress`).expect(200)).body;
    expect(progress.rows.map((r: { name: string; certifiable: boolean }) => [r.name, r.certifiable])).toEqual([[DEMO_RENEWAL.holder.name, true]]);

    const [{ hours }] = await t.dataSource.query(
      `SELECT sum(s.minutes)::float / 60 AS hours FROM supervision_sessions s JOIN supervision_attendance a ON a.session_id = s.id JOIN users u ON u.id = a.trainee_id WHERE u.email = $1 AND a.present`,
      [DEMO_RENEWAL.holder.email],
    );
    expect(hours).toBe(DEMO_RENEWAL.supervisionSessions * 1.5);

    // The reminder run queued with the demo reaches the outbox through the job queue.
    let reminder: { subject: string } | undefined;
    for (let waited = 0; !reminder && waited < 20_000; waited += 250) {
      reminder = (await t.outbox()).find((m) => m.to === DEMO_RENEWAL.holder.email);
      if (!reminder) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(reminder?.subject).toMatch(/^Ditt intyg går ut den \d{4}-\d{2}-\d{2}$/);
  });

  it('runs two organisations, each seeing only its own, and a peer supporter who moved between them', async () => {
    const national = await t.signIn(DEMO_NATIONAL_ADMIN.email, 'peer-demo-2026');
    const { organisations } = (await national.get('/api/organisations').expect(200)).body as { organisations: { name: string; administrators: { email: string }[] }[] };
    // The test app's own organisation aside.
    expect(organisations.filter((o) => o.name.startsWith('NSPH')).map((o) => [o.name, o.administrators.map((a) => a.email)])).toEqual([
      ['NSPH Göteborg', [DEMO_ADMIN.email]],
      ['NSPH Skåne', [DEMO_SKANE_ADMIN.email]],
    ]);

    const goteborg = await t.signIn(DEMO_ADMIN.email, 'peer-demo-2026');
    const skane = await t.signIn(DEMO_SKANE_ADMIN.email, 'peer-demo-2026');
    const names = async (admin: typeof goteborg) => ((await admin.get('/api/cohorts').expect(200)).body.cohorts as { name: string }[]).map((c) => c.name).sort();
    expect(await names(goteborg)).toEqual(['Grundutbildning Alingsås', 'Grundutbildning Borås', 'Grundutbildning Göteborg']);
    expect(await names(skane)).toEqual([DEMO_RENEWAL.baseCohort, DEMO_MOVED.moduleCohort, DEMO_RENEWAL.refresherCohort].sort());
    const accounts = async (admin: typeof goteborg) => ((await admin.get('/api/users').expect(200)).body.users as { email: string }[]).map((u) => u.email);
    // She belongs to the organisation she moved to; her old cohort keeps her record there.
    expect(await accounts(skane)).toContain(DEMO_MOVED.trainee.email);
    expect(await accounts(goteborg)).not.toContain(DEMO_MOVED.trainee.email);
    expect(await accounts(goteborg)).not.toContain(DEMO_SKANE_ADMIN.email);

    // Her new leader sees that the base course is behind her, as the module requires.
    const leader = await t.signIn(DEMO_RENEWAL.leader.email, 'peer-demo-2026');
    const cohorts = (await leader.get('/api/cohorts').expect(200)).body.cohorts as { id: string; name: string }[];
    const module = cohorts.find((c) => c.name === DEMO_MOVED.moduleCohort);
    const progress = (await leader.get(`/api/cohorts/${module?.id}/progress`).expect(200)).body;
    expect(progress.rows).toEqual([expect.objectContaining({ name: DEMO_MOVED.trainee.name })]);
    const rut = await t.signIn(DEMO_MOVED.trainee.email, 'peer-demo-2026');
    const certificates = (await rut.get('/api/me/certificates').expect(200)).body.certificates as { courseId: string; status: string }[];
    expect(certificates).toEqual([expect.objectContaining({ courseId: 'base', status: 'valid' })]);
  });
});
