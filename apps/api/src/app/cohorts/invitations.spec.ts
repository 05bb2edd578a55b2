import type { InvitationDto } from '@peer/contract';
import { acceptInvitation, createCohort, invitationToken, TRAINEE_PASSWORD } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { INVITATION_DISPATCH_JOB, InvitationDispatch } from './invitations/invitation-dispatch';

/** Everything of an answer but the values that differ for any two invitations (ids and timestamps). */
function shape(invitation: InvitationDto): Record<string, unknown> {
  const { id, invitedAt, expiresAt, ...rest } = invitation;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(Date.parse(expiresAt) - Date.parse(invitedAt)).toBe(14 * 24 * 60 * 60 * 1000);
  return { keys: Object.keys(invitation).sort(), ...rest };
}

describe('enrolment invitations', () => {
  let t: TestApp;
  let leader: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://peer.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  const mailsTo = async (email: string) => {
    await t.drainJobs(INVITATION_DISPATCH_JOB);
    return (await t.outbox()).filter((m) => m.to === email);
  };
  const invite = (cohortId: string, name: string, email: string) => leader.post(`/api/cohorts/${cohortId}/enrolments`, { name, email });

  it('answers alike whether the e-mail belongs to nobody, a trainee or a staff account', async () => {
    const { cohort } = await createCohort(leader);
    const trainee = await t.createUser('trainee', { email: 'registrerad.a@example.org', name: 'Registrerat Namn' });
    const staff = await t.createUser('course_leader', { email: 'kollega.a@example.org', name: 'Kollega' });
    const answers = [];
    for (const [name, email] of [['Ny Person', 'Ny.Person.A@example.org'], ['Skrivet Namn', trainee.email], ['Skrivet Också', staff.email]] as const) {
      const response = await invite(cohort.id, name, email);
      answers.push({ status: response.status, body: shape(response.body) });
    }
    const expected = (name: string, email: string) => ({
      status: 201,
      body: { keys: ['email', 'expiresAt', 'id', 'invitedAt', 'name', 'status'], name, email, status: 'invited' },
    });
    expect(answers).toEqual([expected('Ny Person', 'ny.person.a@example.org'), expected('Skrivet Namn', trainee.email), expected('Skrivet Också', staff.email)]);

    // The same holds for a CSV file.
    const other = (await createCohort(leader)).cohort;
    const csv = `name,email\nNy Person,ny.person.a@example.org\nSkrivet Namn,${trainee.email}\nSkrivet Också,${staff.email}\n`;
    const imported = await leader.post(`/api/cohorts/${other.id}/enrolments/import`, { csv }).expect(201);
    expect(Object.keys(imported.body)).toEqual(['invited']);
    expect(imported.body.invited.map((i: InvitationDto) => shape(i))).toEqual(answers.map((a) => a.body));

    // Nothing of the registered trainee reaches the leader, before or after the invitations went out.
    await t.drainJobs(INVITATION_DISPATCH_JOB);
    const roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.enrolments).toEqual([]);
    expect(roster.traineeCount).toBe(0);
    expect(roster.invitations.map((i: InvitationDto) => shape(i))).toEqual(answers.map((a) => a.body));
    expect(JSON.stringify(roster)).not.toContain('Registrerat Namn');
    expect(JSON.stringify(roster)).not.toContain(trainee.id);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'ny.person.a@example.org'`))[0].n).toBe(0);
  });

  it('mails the new person a link to set a password and the trainee a link to accept; the staff account gets nothing', async () => {
    const { cohort } = await createCohort(leader, { name: 'Kull Malmö' });
    const trainee = await t.createUser('trainee', { email: 'registrerad.b@example.org' });
    const staff = await t.createUser('admin', { email: 'kollega.b@example.org' });
    await invite(cohort.id, 'Ny Person', 'ny.person.b@example.org').expect(201);
    await invite(cohort.id, 'Deltagare', trainee.email).expect(201);
    await invite(cohort.id, 'Kollega', staff.email).expect(201);

    const [newMail] = await mailsTo('ny.person.b@example.org');
    expect(newMail?.subject).toContain('Kull Malmö');
    expect(newMail?.text).toMatch(/välj ett eget lösenord/);
    expect(newMail?.text).toMatch(/https:\/\/peer\.example\.org\/invitations\/[A-Za-z0-9_-]{43}/);
    const [traineeMail] = await mailsTo(trainee.email);
    expect(traineeMail?.text).toMatch(/Logga in och tacka ja/);
    expect(traineeMail?.text).toContain('https://peer.example.org/training');
    expect(await mailsTo(staff.email)).toEqual([]);

    // Administrators see why; the leader may not ask.
    await leader.get(`/api/cohorts/${cohort.id}/invitations`).expect(403);
    const outcomes = (await admin.get(`/api/cohorts/${cohort.id}/invitations`).expect(200)).body.invitations;
    expect(outcomes.map((i: { email: string; outcome: string; status: string }) => [i.email, i.outcome, i.status])).toEqual([
      ['ny.person.b@example.org', 'new-account', 'invited'],
      [trainee.email, 'trainee', 'invited'],
      [staff.email, 'staff-account', 'invited'],
    ]);
    const leaderView = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body.invitations;
    expect(leaderView.map((i: InvitationDto) => i.status)).toEqual(['invited', 'invited', 'invited']);
    expect(leaderView.every((i: object) => !('outcome' in i))).toBe(true);

    // A staff account is never enrolled and sees no invitation of its own.
    const staffClient = await t.signIn(staff.email);
    await staffClient.get('/api/me/invitations').expect(403);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1`, [cohort.id]))[0].n).toBe(0);
  });

  it('shows the leader no records of an invited trainee before she accepts', async () => {
    const { cohort } = await createCohort(leader, { days: [{ dayNumber: 1, date: '2026-02-02' }] });
    const trainee = await t.createUser('trainee', { email: 'registrerad.c@example.org', name: 'Cecilia Registrerad' });
    await invite(cohort.id, 'Cecilia', trainee.email).expect(201);
    await t.drainJobs(INVITATION_DISPATCH_JOB);

    const progress = (await leader.get(`/api/cohorts/${cohort.id}/progress`).expect(200)).body;
    expect(progress.rows).toEqual([]);
    expect(progress.total).toBe(0);
    const attendance = (await leader.get(`/api/cohorts/${cohort.id}/days/1/attendance`).expect(200)).body;
    expect(attendance.rows).toEqual([]);
    await leader.get(`/api/cohorts/${cohort.id}/trainees/${trainee.id}/progress`).expect(404);
    const mark = await leader.put(`/api/cohorts/${cohort.id}/days/1/attendance`, { marks: [{ traineeId: trainee.id, status: 'present' }] });
    expect([400, 404]).toContain(mark.status);

    // Once she accepts, she is on the roster, the matrix and the attendance list.
    const client = await t.signIn(trainee.email);
    const [mine] = (await client.get('/api/me/invitations').expect(200)).body.invitations;
    await client.post(`/api/me/invitations/${mine.id}/accept`).expect(204);
    expect((await leader.get(`/api/cohorts/${cohort.id}/progress`).expect(200)).body.total).toBe(1);
    expect((await leader.get(`/api/cohorts/${cohort.id}/days/1/attendance`).expect(200)).body.rows.map((r: { name: string }) => r.name)).toEqual([
      'Cecilia Registrerad',
    ]);
  });

  it('lets a new person accept through the link, choosing her password and correcting her name', async () => {
    const { cohort } = await createCohort(leader, { name: 'Kull Luleå' });
    const invited = (await invite(cohort.id, 'Dora Felstavad', 'dora.d@example.org').expect(201)).body as InvitationDto;
    const token = await invitationToken(t, 'dora.d@example.org');

    const link = (await t.http().get(`/api/invitations/${token}`).expect(200)).body;
    expect(link).toMatchObject({ account: 'new', cohortName: 'Kull Luleå', name: 'Dora Felstavad', email: 'dora.d@example.org' });
    expect(link.courseTitle.sv).toEqual(expect.any(String));

    const short = await t.http().post(`/api/invitations/${token}/register`).send({ password: 'kort' }).expect(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'password', rule: 'isLength' });
    const accepted = await t.http().post(`/api/invitations/${token}/register`).send({ name: 'Dora Rättstavad', password: 'dora har ett eget lösenord' }).expect(201);
    expect(accepted.body).toEqual({ email: 'dora.d@example.org' });

    const dora = await t.signIn('dora.d@example.org', 'dora har ett eget lösenord');
    expect(dora.user).toMatchObject({ name: 'Dora Rättstavad', role: 'trainee', mustChangePassword: false });
    const training = (await dora.get('/api/me/training').expect(200)).body.enrolments;
    expect(training).toHaveLength(1);
    const roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.enrolments.map((e: { name: string; traineeId: string }) => [e.name, e.traineeId])).toEqual([['Dora Rättstavad', dora.user.id]]);
    expect(roster.invitations).toEqual([]);

    // The link works once; a used link looks like one that never existed.
    const unknown = await t.http().get(`/api/invitations/${'x'.repeat(43)}`).expect(404);
    const used = await t.http().get(`/api/invitations/${token}`).expect(404);
    expect(used.body).toEqual(unknown.body);
    await t.http().post(`/api/invitations/${token}/register`).send({ password: 'ett annat långt lösenord' }).expect(404);
    await leader.delete(`/api/cohorts/${cohort.id}/invitations/${invited.id}`).expect(404);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'invitation.accept' AND subject_id = $1`, [invited.id]);
    expect(n).toBe(1);
  });

  it('lets an existing trainee accept from her page or through the link, and nobody else', async () => {
    const { cohort } = await createCohort(leader);
    const erik = await t.createUser('trainee', { email: 'erik.e@example.org', name: 'Erik Egen' });
    const fia = await t.createUser('trainee', { email: 'fia.f@example.org', name: 'Fia Egen' });
    const other = await t.signIn((await t.createUser('trainee')).email);
    await invite(cohort.id, 'Erik', erik.email).expect(201);
    await invite(cohort.id, 'Fia', fia.email).expect(201);
    const erikToken = await invitationToken(t, erik.email);
    const fiaToken = await invitationToken(t, fia.email);

    const erikClient = await t.signIn(erik.email);
    const [erikInvitation] = (await erikClient.get('/api/me/invitations').expect(200)).body.invitations;
    expect(erikInvitation).toMatchObject({ cohortName: cohort.name, invitedBy: leader.user.name });

    // Someone else's invitation is as unknown to another trainee as an invitation that does not exist.
    const notMine = await other.post(`/api/me/invitations/${erikInvitation.id}/accept`).expect(404);
    const nonexistent = await other.post('/api/me/invitations/00000000-0000-4000-8000-000000000000/accept').expect(404);
    expect(notMine.body).toEqual(nonexistent.body);
    await other.post(`/api/me/invitations/${erikInvitation.id}/decline`).expect(404);
    const otherByLink = await other.post(`/api/invitations/${erikToken}/accept`).expect(404);
    const unknownLink = await other.post(`/api/invitations/${'y'.repeat(43)}/accept`).expect(404);
    expect(otherByLink.body).toEqual(unknownLink.body);
    expect((await other.get('/api/me/invitations').expect(200)).body.invitations).toEqual([]);
    // A link for an existing trainee creates no second account.
    expect((await t.http().get(`/api/invitations/${erikToken}`).expect(200)).body.account).toBe('existing');
    await t.http().post(`/api/invitations/${erikToken}/register`).send({ password: 'ett långt lösenord här' }).expect(404);

    await erikClient.post(`/api/me/invitations/${erikInvitation.id}/accept`).expect(204);
    expect((await erikClient.get('/api/me/invitations').expect(200)).body.invitations).toEqual([]);
    await erikClient.post(`/api/invitations/${erikToken}/accept`).expect(404);

    const fiaClient = await t.signIn(fia.email);
    await fiaClient.post(`/api/invitations/${fiaToken}/accept`).expect(204);

    const roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.enrolments.map((e: { name: string }) => e.name)).toEqual(['Erik Egen', 'Fia Egen']);
    expect(roster.invitations).toEqual([]);
    expect((await erikClient.get('/api/me/training').expect(200)).body.enrolments).toHaveLength(1);
  });

  it('shows a declined invitation as declined, refuses a duplicate with a code, and lets the leader cancel', async () => {
    const { cohort } = await createCohort(leader);
    const gun = await t.createUser('trainee', { email: 'gun.g@example.org' });
    await invite(cohort.id, 'Gun', gun.email).expect(201);
    const duplicate = await invite(cohort.id, 'Gun igen', 'GUN.G@example.org').expect(409);
    expect(duplicate.body.code).toBe('enrolment.invited');
    expect(duplicate.body.errors).toEqual([{ field: 'email', rule: 'invited', code: 'enrolment.invited', message: 'gun.g@example.org is already invited to this cohort' }]);

    const gunClient = await t.signIn(gun.email);
    const [mine] = (await gunClient.get('/api/me/invitations').expect(200)).body.invitations;
    await gunClient.post(`/api/me/invitations/${mine.id}/decline`).expect(204);
    await gunClient.post(`/api/me/invitations/${mine.id}/accept`).expect(404);
    let roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.invitations.map((i: InvitationDto) => [i.name, i.status])).toEqual([['Gun', 'declined']]);

    // A declined invitation makes way for a new one; the leader may withdraw that.
    const again = (await invite(cohort.id, 'Gun', gun.email).expect(201)).body as InvitationDto;
    roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.invitations.map((i: InvitationDto) => [i.id, i.status])).toEqual([[again.id, 'invited']]);
    const token = await invitationToken(t, gun.email);
    const otherLeader = await t.as('course_leader');
    // Outside the other leader's reach: refused, and the invitation stays.
    expect([403, 404]).toContain((await otherLeader.delete(`/api/cohorts/${cohort.id}/invitations/${again.id}`)).status);
    await leader.delete(`/api/cohorts/${cohort.id}/invitations/${again.id}`).expect(204);
    await leader.delete(`/api/cohorts/${cohort.id}/invitations/${again.id}`).expect(404);
    expect((await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body.invitations).toEqual([]);
    await gunClient.post(`/api/invitations/${token}/accept`).expect(404);
    expect((await gunClient.get('/api/me/invitations').expect(200)).body.invitations).toEqual([]);

    const actions: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE action LIKE 'invitation.%' AND (subject_id = $1 OR subject_id = $2 OR subject_id = $3) ORDER BY id`,
      [cohort.id, mine.id, again.id],
    );
    expect(actions.map((a) => a.action)).toEqual(['invitation.create', 'invitation.decline', 'invitation.create', 'invitation.cancel']);
  });

  it('lets an invitation expire: the link and the trainee page stop offering it, and it may be sent again', async () => {
    const { cohort } = await createCohort(leader);
    const hans = await t.createUser('trainee', { email: 'hans.h@example.org' });
    const invited = (await invite(cohort.id, 'Hans', hans.email).expect(201)).body as InvitationDto;
    await invite(cohort.id, 'Ida', 'ida.i@example.org').expect(201);
    const hansToken = await invitationToken(t, hans.email);
    const idaToken = await invitationToken(t, 'ida.i@example.org');
    await t.dataSource.query(`UPDATE enrolment_invitations SET expires_at = now() - interval '1 minute' WHERE cohort_id = $1`, [cohort.id]);

    const roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.invitations.map((i: InvitationDto) => [i.name, i.status])).toEqual([['Hans', 'expired'], ['Ida', 'expired']]);
    const hansClient = await t.signIn(hans.email);
    expect((await hansClient.get('/api/me/invitations').expect(200)).body.invitations).toEqual([]);
    await hansClient.post(`/api/me/invitations/${invited.id}/accept`).expect(404);
    await hansClient.post(`/api/invitations/${hansToken}/accept`).expect(404);
    await t.http().get(`/api/invitations/${idaToken}`).expect(404);
    await t.http().post(`/api/invitations/${idaToken}/register`).send({ password: 'ett långt lösenord här' }).expect(404);

    await invite(cohort.id, 'Hans', hans.email).expect(201);
    const after = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(after.invitations.map((i: InvitationDto) => [i.name, i.status])).toEqual([['Ida', 'expired'], ['Hans', 'invited']]);
  });

  it('dispatches an invitation once however often its job runs, and never a cancelled one', async () => {
    const { cohort } = await createCohort(leader);
    const olle = (await invite(cohort.id, 'Olle', 'olle.o@example.org').expect(201)).body as InvitationDto;
    expect(await mailsTo('olle.o@example.org')).toHaveLength(1);
    const dispatch = t.app.get(InvitationDispatch);
    await dispatch.dispatch(olle.id);
    expect(await mailsTo('olle.o@example.org')).toHaveLength(1);

    // Cancelled before its job ran: nothing goes out.
    await t.dataSource.query(
      `INSERT INTO enrolment_invitations (cohort_id, name, email, expires_at, revoked_at) VALUES ($1, 'Pia', 'pia.p@example.org', now() + interval '1 day', now())`,
      [cohort.id],
    );
    const [{ id }] = await t.dataSource.query(`SELECT id FROM enrolment_invitations WHERE email = 'pia.p@example.org'`);
    await dispatch.dispatch(id);
    expect(await mailsTo('pia.p@example.org')).toEqual([]);
    const [{ outcome }] = await t.dataSource.query(`SELECT outcome FROM enrolment_invitations WHERE id = $1`, [id]);
    expect(outcome).toBe('pending');
  });

  it('imports a CSV all or nothing, naming the rows that are already invited or enrolled', async () => {
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Jon Redan'] });
    await invite(cohort.id, 'Kim', 'kim.k@example.org').expect(201);
    const csv = `name,email\nLo Ny,lo.ny@example.org\nJon Redan,${enrolments[0]?.enrolment.email}\nKim,kim.k@example.org\n`;
    const refused = await leader.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv }).expect(409);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['csv.line3.email:enrolment.enrolled', 'csv.line4.email:enrolment.invited']);
    const roster = (await leader.get(`/api/cohorts/${cohort.id}`).expect(200)).body;
    expect(roster.invitations.map((i: InvitationDto) => i.email)).toEqual(['kim.k@example.org']);

    const ok = await leader.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv: 'name,email\nLo Ny,lo.ny@example.org\nMo Ny,mo.ny@example.org\n' }).expect(201);
    expect(ok.body.invited.map((i: InvitationDto) => i.email)).toEqual(['lo.ny@example.org', 'mo.ny@example.org']);
    await acceptInvitation(t, 'lo.ny@example.org');
    await t.signIn('lo.ny@example.org', TRAINEE_PASSWORD);
  });
});
