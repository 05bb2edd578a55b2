import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCohort, EnrolledTrainee, signInTrainee } from '../../../test/cohort-fixture';
import { Client, SHIPPED_CURRICULUM, startTestApp, TestApp } from '../../../test/test-app';

describe('cohorts', () => {
  let dir: string;
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peer-cohorts-'));
    cpSync(SHIPPED_CURRICULUM, dir, { recursive: true });
    t = await startTestApp({ CURRICULUM_DIR: dir });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays pinned to its curriculum version when a new one is published', async () => {
    const { cohort } = await createCohort(leader, { days: [{ dayNumber: 7, date: '2026-03-02' }] });
    expect(cohort).toMatchObject({ courseId: 'base', version: 1, dayCount: 12, scheduledDays: 1 });
    const file = join(dir, 'courses', 'base', 'days', 'day-07.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sv: Vårdens organisation, lagar och tystnadsplikt', 'sv: Vården och sekretessen'));
    const national = await t.as('national_admin');
    const published = await national.post('/api/curriculum/publish').expect(201);
    expect(published.body.courses).toContainEqual({ courseId: 'base', version: 2, status: 'created' });

    const after = await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    expect(after.body.version).toBe(1);
    expect(after.body.days[0].title.sv).toBe('Vårdens organisation, lagar och tystnadsplikt');
    const newer = await createCohort(leader, { version: 2, days: [{ dayNumber: 7, date: '2026-09-07' }] });
    expect(newer.cohort.days[0]?.title.sv).toBe('Vården och sekretessen');
  });

  it('refuses a version that was never published, naming the field', async () => {
    const response = await leader.post('/api/cohorts', { name: 'X', courseId: 'base', version: 9 }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'version', rule: 'published', code: 'field.published', message: 'base has no published version 9' }]);
  });

  it('imports nothing from a CSV with one bad row, and names the row', async () => {
    const { cohort } = await createCohort(leader);
    const csv = 'name,email\nÅsa Lindqvist,asa.l@example.org\nBjörn Ek,bjorn-at-example.org\nMärta Öst,marta.o@example.org\n';
    const response = await leader.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv }).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'csv.line3.email', rule: 'isEmail', code: 'field.is-email', message: 'line 3: "bjorn-at-example.org" is not an e-mail address' },
    ]);
    const after = await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    expect(after.body.enrolments).toEqual([]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = 'asa.l@example.org'`);
    expect(count).toBe(0);
  });

  it('refuses the whole CSV when a row names an enrolled trainee or one already invited, and never names a staff account', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Tove Öst'] });
    const enrolled = cohort.enrolments[0]?.email;
    await leader.post(`/api/cohorts/${cohort.id}/enrolments`, { name: 'Redan Inbjuden', email: 'redan.inbjuden@example.org' }).expect(201);
    const csv = `name,email\nNy Person,ny.person@example.org\nTove Öst,${enrolled}\nRedan Inbjuden,Redan.Inbjuden@example.org\nLeda Re,${leader.user.email}\n`;
    const response = await leader.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv }).expect(409);
    expect(response.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual([
      'csv.line3.email:enrolled',
      'csv.line4.email:invited',
    ]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM enrolment_invitations WHERE email IN ('ny.person@example.org', $1)`, [leader.user.email]);
    expect(count).toBe(0);
  });

  it('imports a valid CSV as invitations under the typed names, creating no account', async () => {
    await t.createUser('trainee', { email: 'finns.redan@example.org', name: 'Finns Redan Registrerad' });
    const { cohort } = await createCohort(leader);
    const csv = 'namn;e-post\nSören Ekström;soren.e@example.org\nFinns Redan;Finns.Redan@example.org\n';
    const response = await leader.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv }).expect(201);
    expect(response.body.invited.map((i: { name: string; email: string; status: string }) => [i.name, i.email, i.status])).toEqual([
      ['Sören Ekström', 'soren.e@example.org', 'invited'],
      ['Finns Redan', 'finns.redan@example.org', 'invited'],
    ]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = 'soren.e@example.org'`);
    expect(count).toBe(0);
    const roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.enrolments).toEqual([]);
    expect(roster.invitations.map((i: { name: string }) => i.name).sort()).toEqual(['Finns Redan', 'Sören Ekström']);
  });

  it('moves a course day and rejects days the course does not have', async () => {
    const { cohort } = await createCohort(leader, { days: [{ dayNumber: 1, date: '2026-02-02' }] });
    const moved = await leader.put(`/api/cohorts/${cohort.id}/days/1`, { date: '2026-02-09', startTime: '10:00', endTime: '15:30', place: 'Malmö' }).expect(200);
    expect(moved.body).toMatchObject({ id: cohort.days[0]?.id, date: '2026-02-09', startTime: '10:00', endTime: '15:30', place: 'Malmö' });

    const tooFar = await leader.put(`/api/cohorts/${cohort.id}/days/13`, { date: '2026-02-09', startTime: '10:00', endTime: '15:00', place: 'X' }).expect(400);
    expect(tooFar.body.errors[0]).toMatchObject({ field: 'dayNumber', rule: 'max' });
    const backwards = await leader.put(`/api/cohorts/${cohort.id}/days/2`, { date: '2026-02-16', startTime: '15:00', endTime: '09:00', place: 'X' }).expect(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'endTime', rule: 'afterStart' });
    const badDate = await leader.put(`/api/cohorts/${cohort.id}/days/2`, { date: '2026-02-30', startTime: '09:00', endTime: '15:00', place: 'X' }).expect(400);
    expect(badDate.body.errors[0]).toMatchObject({ field: 'date' });
  });

  it('keeps a withdrawn trainee in the history and allows enrolling again', async () => {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Karin Fröding'] });
    const enrolment = enrolments[0]?.enrolment;
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment?.id}/withdraw`, { reason: 'Flyttar' }).expect(204);
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolment?.id}/withdraw`, { reason: 'Igen' }).expect(409);
    await leader.post(`/api/cohorts/${cohort.id}/enrolments`, { name: 'Karin Fröding', email: enrolment?.email }).expect(201);
    const karin = await signInTrainee(t, enrolments[0] as EnrolledTrainee);
    const [invitation] = (await karin.get('/api/me/invitations').expect(200)).body.invitations;
    await karin.post(`/api/me/invitations/${invitation.id}/accept`).expect(204);
    const after = await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    expect(after.body.traineeCount).toBe(1);
    expect(after.body.enrolments.map((e: { withdrawalReason: string | null }) => e.withdrawalReason)).toEqual(['Flyttar', null]);
  });

  it('keeps other leaders and trainees out, and lists a leader only their own cohorts', async () => {
    const { cohort } = await createCohort(leader);
    const other = await t.as('course_leader');
    // Another leader's cohort looks like none at all.
    await other.get(`/api/cohorts/${cohort.id}`).expect(404);
    await other.put(`/api/cohorts/${cohort.id}/days/1`, { date: '2026-02-02', startTime: '09:00', endTime: '15:00', place: 'X' }).expect(404);
    expect((await other.get('/api/cohorts').expect(200)).body.cohorts).toEqual([]);
    const trainee = await t.as('trainee');
    await trainee.get('/api/cohorts').expect(403);
    const admin = await t.as('admin');
    await admin.get(`/api/cohorts/${cohort.id}`).expect(200);
    await leader.get('/api/cohorts/not-a-uuid').expect(400);
    await leader.get('/api/cohorts/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('lets an administrator assign course leaders, and only course leaders', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/api/cohorts', { name: 'Kull Umeå', courseId: 'base', version: 1 }).expect(201);
    const newLeader = await t.as('course_leader');
    const trainee = await t.createUser('trainee');
    const wrong = await admin.put(`/api/cohorts/${created.body.id}/leaders`, { leaderIds: [trainee.id] }).expect(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'leaderIds', rule: 'courseLeader' });
    await admin.put(`/api/cohorts/${created.body.id}/leaders`, { leaderIds: [newLeader.user.id] }).expect(204);
    await newLeader.get(`/api/cohorts/${created.body.id}`).expect(200);
  });
});
