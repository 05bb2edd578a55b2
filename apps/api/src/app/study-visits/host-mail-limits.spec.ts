import { createCohort, signInTrainee } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { HOST_MAIL_LIMITS, secondsUntilNextStockholmDay } from './host-mail-rules';

describe('host confirmation mail is no relay', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://peer.example.org', COOKIE_SECURE: 'false', HOST_EMAIL_DOMAINS: 'vgregion.se,skane.se' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  async function trainees(count: number) {
    const names = Array.from({ length: count }, (_, i) => `Deltagare ${i + 1}`);
    const { enrolments } = await createCohort(leader, { trainees: names });
    return Promise.all(enrolments.map(async (e) => ({ enrolmentId: e.enrolment.id, client: await signInTrainee(t, e) })));
  }

  const visit = (enrolmentId: string, hostEmail: string, overrides: object = {}) => ({
    enrolmentId,
    requirementId: 'inpatient-visit',
    unitName: 'Avdelning 12, psykosvård',
    kind: 'inpatient',
    organisation: 'Västra Götalandsregionen',
    date: '2026-01-20',
    hours: 3.5,
    hostEmail,
    ...overrides,
  });

  const mailsTo = async (to: string) => (await t.outbox()).filter((m) => m.to === to).length;

  function expectLimit(response: { status: number; headers: Record<string, string>; body: { errors: { field: string; rule: string }[] } }, rule: string) {
    expect(response.status).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(25 * 3600);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'hostEmail', rule })]);
  }

  it(`sends a visit's link ${HOST_MAIL_LIMITS.perVisit} times a day, then 429 with nothing written, and again the next day`, async () => {
    const [{ enrolmentId, client }] = await trainees(1);
    const host = 'handledare@vgregion.se';
    const registered = await client.post('/api/me/study-visits', visit(enrolmentId, host)).expect(201);
    const send = () => client.post(`/api/me/study-visits/${registered.body.id}/send-confirmation`);
    for (let i = 1; i < HOST_MAIL_LIMITS.perVisit; i++) await send().expect(204);
    expect(await mailsTo(host)).toBe(HOST_MAIL_LIMITS.perVisit);
    const links = async () => (await t.dataSource.query(`SELECT id, replaced_at FROM host_confirmations WHERE study_visit_id = $1 ORDER BY sent_at`, [registered.body.id])) as { replaced_at: Date | null }[];
    const before = await links();

    expectLimit(await send(), 'mail.limit-visit');
    expect(await mailsTo(host)).toBe(HOST_MAIL_LIMITS.perVisit);
    // The live link still works: the refusal rotated nothing.
    expect(await links()).toEqual(before);
    expect(before.filter((l) => l.replaced_at === null)).toHaveLength(1);

    // Counted per Stockholm day: yesterday's mails do not count today.
    await t.dataSource.query(`UPDATE host_mails SET day = day - 1 WHERE study_visit_id = $1`, [registered.body.id]);
    await send().expect(204);
    expect(await mailsTo(host)).toBe(HOST_MAIL_LIMITS.perVisit + 1);
  });

  it(`sends ${HOST_MAIL_LIMITS.perTrainee} links a day for one trainee across visits; a refused registration leaves no visit`, async () => {
    const [{ enrolmentId, client }] = await trainees(1);
    let sent = 0;
    const hosts: string[] = [];
    while (sent < HOST_MAIL_LIMITS.perTrainee) {
      const host = `enhet${hosts.length}@skane.se`;
      hosts.push(host);
      const registered = await client.post('/api/me/study-visits', visit(enrolmentId, host)).expect(201);
      sent++;
      for (let i = 1; i < HOST_MAIL_LIMITS.perVisit && sent < HOST_MAIL_LIMITS.perTrainee; i++, sent++) {
        await client.post(`/api/me/study-visits/${registered.body.id}/send-confirmation`).expect(204);
      }
    }
    const total = async () => (await t.outbox()).filter((m) => hosts.includes(m.to) || m.to === 'ny@skane.se').length;
    expect(await total()).toBe(HOST_MAIL_LIMITS.perTrainee);
    const visitsBefore = (await client.get('/api/me/study-visits').expect(200)).body.studyVisits.length;

    expectLimit(await client.post('/api/me/study-visits', visit(enrolmentId, 'ny@skane.se')), 'mail.limit-trainee');
    expect((await client.get('/api/me/study-visits').expect(200)).body.studyVisits).toHaveLength(visitsBefore);
    expect(await total()).toBe(HOST_MAIL_LIMITS.perTrainee);

    // A planned visit sends nothing, so it can still be registered.
    await client.post('/api/me/study-visits', visit(enrolmentId, 'ny@skane.se', { date: '2099-05-01' })).expect(201);
  });

  it(`sends ${HOST_MAIL_LIMITS.perRecipient} links a day to one address, whichever trainees send them`, async () => {
    const all = await trainees(2);
    const host = 'samma@vgregion.se';
    const sendFrom = async (who: (typeof all)[number], count: number) => {
      const registered = await who.client.post('/api/me/study-visits', visit(who.enrolmentId, host)).expect(201);
      for (let i = 1; i < count; i++) await who.client.post(`/api/me/study-visits/${registered.body.id}/send-confirmation`).expect(204);
      return registered.body.id as string;
    };
    // 3 + 3 from the first trainee, 3 + 1 from the second: ten, below each trainee's own limit.
    await sendFrom(all[0]!, 3);
    await sendFrom(all[0]!, 3);
    await sendFrom(all[1]!, 3);
    const last = await sendFrom(all[1]!, 1);
    expect(await mailsTo(host)).toBe(HOST_MAIL_LIMITS.perRecipient);

    expectLimit(await all[1]!.client.post(`/api/me/study-visits/${last}/send-confirmation`), 'mail.limit-recipient');
    expectLimit(await all[0]!.client.post('/api/me/study-visits', visit(all[0]!.enrolmentId, host.toUpperCase())), 'mail.limit-recipient');
    expect(await mailsTo(host)).toBe(HOST_MAIL_LIMITS.perRecipient);
    // Another address is not held up by this one.
    await all[1]!.client.post('/api/me/study-visits', visit(all[1]!.enrolmentId, 'annan@vgregion.se')).expect(201);
  });

  it('takes host addresses only at the allowed domains and their subdomains', async () => {
    const [{ enrolmentId, client }] = await trainees(1);
    for (const outside of ['someone@gmail.com', 'x@notvgregion.se', 'x@vgregion.se.evil.com']) {
      const refused = await client.post('/api/me/study-visits', visit(enrolmentId, outside)).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'hostEmail', rule: 'hostEmail.domain-not-allowed' })]);
      expect(await mailsTo(outside)).toBe(0);
    }
    await client.post('/api/me/study-visits', visit(enrolmentId, 'handledare@sahlgrenska.vgregion.se')).expect(201);
    expect(await mailsTo('handledare@sahlgrenska.vgregion.se')).toBe(1);
  });

  it('says when the day ends in Stockholm', () => {
    // 2026-06-30 22:30 UTC is 00:30 on 1 July in Stockholm (summer time): 23.5 hours left.
    expect(secondsUntilNextStockholmDay(new Date('2026-06-30T22:30:00Z'))).toBe(23.5 * 3600);
    // 2026-12-02 22:59:30 UTC is 23:59:30 in Stockholm (winter time).
    expect(secondsUntilNextStockholmDay(new Date('2026-12-02T22:59:30Z'))).toBe(30);
  });
});
