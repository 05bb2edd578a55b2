import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { JobQueue } from '../jobs/job-queue';
import { EXPIRY_REMINDERS_JOB, ExpiryReminders } from './expiry-reminders';

jest.setTimeout(180_000);

describe('expiry reminders', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(async () => {
    await t.close();
  });

  async function certificate(name: string, language: 'sv' | 'en'): Promise<{ id: string; code: string; email: string }> {
    const { cohort, enrolments } = await createCohort(leader, { trainees: [name], days: weeklyDays('2026-01-12') });
    await completeBaseCourse(t, leader, cohort, enrolments[0]!);
    const issued = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolments[0]!.enrolment.traineeId}/certify`, { language }).expect(201)).body;
    return { id: issued.id, code: issued.code, email: enrolments[0]!.enrolment.email };
  }

  const endIn = async (id: string, days: number): Promise<string> => {
    await t.dataSource.query(`UPDATE certificates SET valid_until = now() + make_interval(days => $2) WHERE id = $1`, [id, days]);
    const [{ until }] = (await t.dataSource.query(`SELECT valid_until AS until FROM certificates WHERE id = $1`, [id])) as { until: Date }[];
    return until.toISOString().slice(0, 10);
  };

  /** Runs the scheduled job twice, as two ticks or two instances would, and waits for its mail. */
  async function runTwice(): Promise<void> {
    const queue = t.app.get(JobQueue);
    await queue.send(EXPIRY_REMINDERS_JOB, {});
    await t.drainJobs(EXPIRY_REMINDERS_JOB);
    await queue.send(EXPIRY_REMINDERS_JOB, {});
    await Promise.all([t.app.get(ExpiryReminders).run(), t.drainJobs(EXPIRY_REMINDERS_JOB)]);
    await t.drainJobs();
  }

  /** The reminder mail to that address (the invitation it got earlier is not one). */
  const mailTo = async (email: string) => (await t.outbox()).filter((m) => m.to === email && /^(Ditt intyg går ut|Your certificate expires)/.test(m.subject));

  it('mails each holder once at 90 days and once at 30 days before the end, in the certificate’s language', async () => {
    const soon = await certificate('Edvin Ståhl', 'sv');
    const close = await certificate('Lovisa Grön', 'en');
    const later = await certificate('Tove Ahl', 'sv');
    const soonEnd = await endIn(soon.id, 80);
    const closeEnd = await endIn(close.id, 20);
    await endIn(later.id, 200);

    await runTwice();
    const first = await mailTo(soon.email);
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toBe(`Ditt intyg går ut den ${soonEnd}`);
    expect(first[0]!.text).toContain(`Hej Edvin Ståhl,`);
    expect(first[0]!.text).toContain(`Ditt intyg "Yrkesbevis: certifierad peer supporter" gäller till ${soonEnd}, om ungefär 90 dagar.`);
    expect(first[0]!.text).toContain(`https://intyg.example.org/verify/${soon.code}`);
    // Already within 30 days: only the 30-day reminder, in English.
    const english = await mailTo(close.email);
    expect(english.map((m) => m.subject)).toEqual([`Your certificate expires on ${closeEnd}`]);
    expect(english[0]!.text).toContain(`is valid until ${closeEnd}, in about 30 days.`);
    expect(await mailTo(later.email)).toEqual([]);

    // A month later the first one is within 30 days: one more mail, and only one.
    const soonEndNow = await endIn(soon.id, 25);
    await runTwice();
    const second = await mailTo(soon.email);
    expect(second.map((m) => m.subject)).toEqual([`Ditt intyg går ut den ${soonEnd}`, `Ditt intyg går ut den ${soonEndNow}`]);
    expect(second[1]!.text).toContain('om ungefär 30 dagar');
    expect(await mailTo(close.email)).toHaveLength(1);

    const rows = await t.dataSource.query(
      `SELECT certificate_id AS id, threshold_days AS days, mailed FROM certificate_expiry_reminders WHERE certificate_id = ANY($1) ORDER BY certificate_id, threshold_days`,
      [[soon.id, close.id, later.id]],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: soon.id, days: 30, mailed: true },
        { id: soon.id, days: 90, mailed: true },
        { id: close.id, days: 30, mailed: true },
        { id: close.id, days: 90, mailed: false },
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it('does not remind about a revoked or an expired certificate', async () => {
    const revoked = await certificate('Jonas Berg', 'sv');
    const expired = await certificate('Karin Holm', 'sv');
    await endIn(revoked.id, 40);
    await endIn(expired.id, -1);
    await leader.post(`/api/certificates/${revoked.id}/revoke`, { reason: 'issued-in-error' }).expect(201);
    await runTwice();
    expect(await mailTo(revoked.email)).toEqual([]);
    expect(await mailTo(expired.email)).toEqual([]);
  });
});
