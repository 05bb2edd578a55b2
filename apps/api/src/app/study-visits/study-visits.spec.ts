import { createCohort, signInTrainee } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

describe('study visits confirmed by the host unit', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://peer.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  async function setUp() {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Märta Ålund'] });
    const trainee = await signInTrainee(t, enrolments[0]!);
    return { cohort, enrolmentId: enrolments[0]!.enrolment.id, email: enrolments[0]!.enrolment.email, trainee };
  }

  const visit = (enrolmentId: string, overrides: object = {}) => ({
    enrolmentId,
    requirementId: 'inpatient-visit',
    unitName: 'Avdelning 12, psykosvård',
    kind: 'inpatient',
    organisation: 'Sahlgrenska universitetssjukhuset',
    date: '2026-01-20',
    hours: 3.5,
    hostEmail: 'Handledare@Example.org',
    ...overrides,
  });

  async function lastLink(to: string): Promise<string> {
    const mail = (await t.outbox()).filter((m) => m.to === to).at(-1);
    const match = /https:\/\/peer\.example\.org(\/host-confirmation\/[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '');
    if (!match?.[1]) throw new Error(`no confirmation link mailed to ${to}`);
    return match[1];
  }

  it('confirms through a one-time link, then takes the reflection and the leader’s approval', async () => {
    const { cohort, enrolmentId, trainee } = await setUp();
    const registered = await trainee.post('/api/me/study-visits', visit(enrolmentId)).expect(201);
    expect(registered.body).toMatchObject({ status: 'awaiting_host', hostEmail: 'handledare@example.org', questions: expect.any(Array) });
    const link = await lastLink('handledare@example.org');

    const page = await t.http().get(link).expect(200);
    expect(page.text).toContain('Märta Ålund');
    expect(page.text).toContain('Svara om studiebesöket');
    expect(page.text).toContain('3,5 <span lang="en">/ 3.5</span>');
    const mail = (await t.outbox()).filter((m) => m.to === 'handledare@example.org').at(-1);
    expect(mail?.text).toContain('2026-01-20, 3,5 timmar.');
    expect(mail?.text).toContain('2026-01-20, 3.5 hours.');
    await t.http().post(link).type('form').send({ answer: 'confirmed' }).expect(200);
    const used = await t.http().post(link).type('form').send({ answer: 'confirmed' }).expect(410);
    expect(used.text).toContain('Länken är redan använd');
    expect((await t.http().get(link).expect(410)).text).toContain('Link already used');

    // Confirmed by the host, but nothing to approve before the trainee's reflection.
    expect((await leader.post(`/api/cohorts/${cohort.id}/study-visits/${registered.body.id}/approve`).expect(409)).body.code).toBe('study-visit.no-reflection');
    const answers = registered.body.questions.map((_: unknown, i: number) => `Svar ${i + 1} om hur avdelningen arbetar`);
    await trainee.put(`/api/me/study-visits/${registered.body.id}/reflection`, { answers: answers.slice(1) }).expect(400);
    await trainee.put(`/api/me/study-visits/${registered.body.id}/reflection`, { answers }).expect(200);

    const queue = (await leader.get(`/api/cohorts/${cohort.id}/study-visits?status=reflected`).expect(200)).body.studyVisits;
    expect(queue.map((v: { id: string }) => v.id)).toEqual([registered.body.id]);
    const approved = await leader.post(`/api/cohorts/${cohort.id}/study-visits/${registered.body.id}/approve`).expect(201);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: leader.user.name });
    expect((await leader.post(`/api/cohorts/${cohort.id}/study-visits/${registered.body.id}/approve`).expect(409)).body.code).toBe('study-visit.approved');

    const result = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0].result;
    expect(result.requirements.find((r: { id: string }) => r.id === 'study-visit:inpatient-visit').status).toBe('met');
    expect(result.requirements.find((r: { id: string }) => r.id === 'study-visit:outpatient-visit').status).toBe('pending');
  });

  it('takes the host’s other hours, which then count, keeping the trainee’s own figure beside them', async () => {
    const { cohort, enrolmentId, trainee } = await setUp();
    const registered = await trainee.post('/api/me/study-visits', visit(enrolmentId, { hostEmail: 'timmar@example.org' })).expect(201);
    const link = await lastLink('timmar@example.org');

    const missing = await t.http().post(link).type('form').send({ answer: 'hours-differ', hours: '' }).expect(400);
    expect(missing.text).toContain('Ange rätt antal timmar');
    expect(missing.text).toContain('aria-invalid="true"');
    await t.http().post(link).type('form').send({ answer: 'hours-differ', hours: '25' }).expect(400);
    await t.http().post(link).type('form').send({ answer: 'hours-differ', hours: '2,25' }).expect(400);
    expect((await t.http().post(link).type('form').send({ answer: 'maybe' }).expect(400)).text).toContain('Välj ett svar');
    // None of the refused forms used the link.
    const done = await t.http().post(link).type('form').send({ answer: 'hours-differ', hours: '2,5' }).expect(200);
    expect(done.text).toContain('bekräftat med de timmar du angav');

    const mine = (await trainee.get('/api/me/study-visits').expect(200)).body.studyVisits.find((v: { id: string }) => v.id === registered.body.id);
    expect(mine).toMatchObject({ status: 'confirmed', hostAnswer: 'hours-differ', hours: 2.5, registeredHours: 3.5 });
    const queue = (await leader.get(`/api/cohorts/${cohort.id}/study-visits`).expect(200)).body.studyVisits;
    expect(queue.find((v: { id: string }) => v.id === registered.body.id)).toMatchObject({ hostAnswer: 'hours-differ', hours: 2.5, registeredHours: 3.5 });
  });

  it('takes "did not take place" as final: the visit counts for nothing and a new one can be registered', async () => {
    const { enrolmentId, trainee } = await setUp();
    const registered = await trainee.post('/api/me/study-visits', visit(enrolmentId, { hostEmail: 'inte@example.org' })).expect(201);
    const link = await lastLink('inte@example.org');
    expect((await t.http().post(link).type('form').send({ answer: 'not-held' }).expect(200)).text).toContain('inte ägde rum');
    expect((await t.http().get(link).expect(410)).text).toContain('Värden har redan svarat');

    const mine = (await trainee.get('/api/me/study-visits').expect(200)).body.studyVisits.find((v: { id: string }) => v.id === registered.body.id);
    expect(mine).toMatchObject({ status: 'not_held', hostAnswer: 'not-held', hours: 3.5, registeredHours: null });
    expect((await trainee.put(`/api/me/study-visits/${registered.body.id}/reflection`, { answers: registered.body.questions.map(() => 'x') }).expect(409)).body.code).toBe('study-visit.not-held');
    expect((await trainee.post(`/api/me/study-visits/${registered.body.id}/send-confirmation`).expect(409)).body.code).toBe('study-visit.answered');
    const requirement = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0].result.requirements.find((r: { id: string }) => r.id === 'study-visit:inpatient-visit');
    expect(requirement.status).toBe('pending');
    expect(requirement.reason.sv).toContain('värden svarade att besöket inte ägde rum');
    await trainee.post('/api/me/study-visits', visit(enrolmentId, { hostEmail: 'inte@example.org' })).expect(201);
  });

  it('refuses to approve a visit the host has not confirmed, and changes nothing', async () => {
    const { cohort, enrolmentId, trainee } = await setUp();
    const registered = await trainee.post('/api/me/study-visits', visit(enrolmentId, { requirementId: 'outpatient-visit', kind: 'outpatient' })).expect(201);
    const refused = await leader.post(`/api/cohorts/${cohort.id}/study-visits/${registered.body.id}/approve`).expect(409);
    expect(refused.body).toMatchObject({ code: 'study-visit.not-confirmed', message: expect.stringMatching(/host unit has not confirmed/) });
    expect((await trainee.put(`/api/me/study-visits/${registered.body.id}/reflection`, { answers: registered.body.questions.map(() => 'x') }).expect(409)).body.code).toBe('study-visit.not-confirmed');
    const [{ status }] = await t.dataSource.query(`SELECT status FROM study_visits WHERE id = $1`, [registered.body.id]);
    expect(status).toBe('awaiting_host');
  });

  it('says plainly when a link expired or was replaced by a re-sent one', async () => {
    const { enrolmentId, trainee } = await setUp();
    const registered = await trainee.post('/api/me/study-visits', visit(enrolmentId, { hostEmail: 'enhet@example.org' })).expect(201);
    const first = await lastLink('enhet@example.org');
    await trainee.post(`/api/me/study-visits/${registered.body.id}/send-confirmation`).expect(204);
    const second = await lastLink('enhet@example.org');
    expect(second).not.toBe(first);
    expect((await t.http().get(first).expect(410)).text).toContain('En nyare länk finns');

    await t.dataSource.query(`UPDATE host_confirmations SET expires_at = now() - interval '1 minute' WHERE study_visit_id = $1`, [registered.body.id]);
    expect((await t.http().get(second).expect(410)).text).toContain('Länken har gått ut');
    expect((await t.http().post(second).expect(410)).text).toContain('Link expired');
    expect((await t.http().get(`/host-confirmation/${'x'.repeat(43)}`).expect(404)).text).toContain('Länken finns inte');
  });

  it('returns a reflection with a comment and tells the trainee by mail', async () => {
    const { cohort, enrolmentId, email, trainee } = await setUp();
    const registered = await trainee.post('/api/me/study-visits', visit(enrolmentId, { hostEmail: 'vard@example.org' })).expect(201);
    await t.http().post(await lastLink('vard@example.org')).type('form').send({ answer: 'confirmed' }).expect(200);
    await trainee.put(`/api/me/study-visits/${registered.body.id}/reflection`, { answers: registered.body.questions.map(() => 'Kort') }).expect(200);
    await leader.post(`/api/cohorts/${cohort.id}/study-visits/${registered.body.id}/return`, { comment: 'Utveckla svar 2, utan att skriva om patienter.' }).expect(201);
    const notice = (await t.outbox()).filter((m) => m.to === email).at(-1);
    expect(notice?.subject).toMatch(/^Ditt studiebesök behöver kompletteras/);
    expect(notice?.text).toContain('Utveckla svar 2');
    // The link lands on the trainee's role-plays and study visits.
    expect(notice?.text).toMatch(/\/training\/practice$/m);
    await trainee.put(`/api/me/study-visits/${registered.body.id}/reflection`, { answers: registered.body.questions.map(() => 'Längre svar') }).expect(200);
  });

  it('refuses line breaks in the unit name, the organisation and the host e-mail, naming the field', async () => {
    const { enrolmentId, trainee } = await setUp();
    for (const [field, value] of [
      ['unitName', 'Avdelning 12\r\nBcc: alla@example.org'],
      ['organisation', 'Sahlgrenska\nBcc: alla@example.org'],
      ['hostEmail', 'rad@example.org\r\nBcc: alla@example.org'],
    ] as const) {
      const refused = await trainee.post('/api/me/study-visits', visit(enrolmentId, { [field]: value, hostEmail: field === 'hostEmail' ? value : 'rad@example.org' })).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await t.outbox()).filter((m) => m.to === 'rad@example.org')).toEqual([]);
  });

  it('checks the fields of a registration and keeps other leaders out', async () => {
    const { cohort, enrolmentId, trainee } = await setUp();
    const wrongKind = await trainee.post('/api/me/study-visits', visit(enrolmentId, { kind: 'outpatient' })).expect(400);
    expect(wrongKind.body.errors[0]).toMatchObject({ field: 'kind', rule: 'matchesRequirement' });
    const bad = await trainee.post('/api/me/study-visits', visit(enrolmentId, { hours: 40, hostEmail: 'nope', patientName: 'X' })).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['hostEmail', 'hours', 'patientName']);
    const planned = await trainee.post('/api/me/study-visits', visit(enrolmentId, { date: '2099-05-01', hostEmail: 'senare@example.org' })).expect(201);
    expect(planned.body.status).toBe('planned');
    expect((await trainee.post(`/api/me/study-visits/${planned.body.id}/send-confirmation`).expect(409)).body.code).toBe('study-visit.not-yet');

    const other = await t.as('course_leader');
    await other.get(`/api/cohorts/${cohort.id}/study-visits`).expect(404);
    await other.post(`/api/cohorts/${cohort.id}/study-visits/${planned.body.id}/approve`).expect(404);
  });
});
