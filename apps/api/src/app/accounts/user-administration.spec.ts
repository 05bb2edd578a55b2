import type request from 'supertest';
import { createCohort, invitationToken, TRAINEE_PASSWORD } from '../../../test/cohort-fixture';
import { type Client, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import type { Principal } from '../auth/principal';
import { UserRepository } from './user.repository';
import { UserAdministrationService } from './user-administration.service';

/** Everything a client could read from a login answer, but the clock and the measured duration. */
function loginAnswer(response: request.Response) {
  return {
    status: response.status,
    text: response.text,
    headers: Object.entries(response.headers)
      .filter(([name]) => !['date', 'etag'].includes(name))
      .map(([name, value]) => [name, name === 'server-timing' ? String(value).replace(/app;dur=[\d.]+/, 'app') : value])
      .sort(),
  };
}

async function auditOf(t: TestApp, action: string, subjectId: string): Promise<{ actor_id: string; details: unknown; people: string[] }[]> {
  return t.dataSource.query(
    `SELECT e.actor_id, e.details, array(SELECT p.person_id::text FROM audit_event_people p WHERE p.event_id = e.id) AS people
       FROM audit_events e WHERE e.action = $1 AND e.subject_id = $2 ORDER BY e.at`,
    [action, subjectId],
  );
}

describe('user administration: deactivate, reactivate, reset password, change role', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '1000' });
    await t.publishCurriculum();
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  it('deactivates an account: her sessions end, she cannot sign in, her records stay, and it is audited', async () => {
    const leader = await t.as('course_leader');
    const { enrolments } = await createCohort(leader, { name: 'Kull Luleå', trainees: ['Greta Grön'] });
    const email = enrolments[0]?.enrolment.email as string;
    const trainee = await t.signIn(email, TRAINEE_PASSWORD);
    await trainee.get('/api/auth/me').expect(200);
    const feed = new URL((await trainee.post('/api/calendar-feeds', {}).expect(201)).body.url).pathname;
    await t.http().get(feed).expect(200);

    const response = await admin.post(`/api/users/${trainee.user.id}/deactivate`).expect(200);
    expect(response.body).toMatchObject({ id: trainee.user.id, email, active: false });

    // A signed-in client is refused like one whose session expired.
    const refused = await trainee.get('/api/auth/me').expect(401);
    expect(refused.body.code).toBe('auth.required');
    const [{ sessions }] = await t.dataSource.query(`SELECT count(*)::int AS sessions FROM sessions WHERE user_id = $1`, [trainee.user.id]);
    expect(sessions).toBe(0);
    // Her calendar feed reads nothing either, exactly like a revoked one; reactivated, it works again.
    await t.http().get(feed).expect(404);

    // Her records stay: the account, the enrolment.
    const [{ enrolled }] = await t.dataSource.query(`SELECT count(*)::int AS enrolled FROM enrolments WHERE trainee_id = $1`, [trainee.user.id]);
    expect(enrolled).toBe(1);
    const list = await admin.get('/api/users?role=trainee').expect(200);
    expect(list.body.users.find((u: { id: string }) => u.id === trainee.user.id)).toMatchObject({ active: false, name: 'Greta Grön' });

    expect(await auditOf(t, 'user.deactivate', trainee.user.id)).toEqual([{ actor_id: admin.user.id, details: {}, people: [trainee.user.id] }]);

    // Deactivating again changes nothing and records nothing more.
    await admin.post(`/api/users/${trainee.user.id}/deactivate`).expect(200);
    expect(await auditOf(t, 'user.deactivate', trainee.user.id)).toHaveLength(1);
    await admin.post(`/api/users/${trainee.user.id}/reactivate`).expect(200);
    await t.http().get(feed).expect(200);
  });

  it('answers a deactivated account’s right password exactly like a wrong password', async () => {
    const user = await t.createUser('trainee');
    await admin.post(`/api/users/${user.id}/deactivate`).expect(200);
    const wrong = await t.http().post('/api/auth/login').send({ email: user.email, password: 'not the password' });
    const deactivated = await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(deactivated.status).toBe(401);
    expect(loginAnswer(deactivated)).toEqual(loginAnswer(wrong));
    expect(deactivated.body).toEqual({ statusCode: 401, code: 'auth.required', error: 'Unauthorized', message: 'Wrong e-mail or password' });
  });

  it('refuses a session that a sign-in left behind for a deactivated account, like an expired one', async () => {
    const user = await t.createUser('course_leader');
    const client = await t.signIn(user.email);
    // As if a sign-in had raced past the deactivation: the session row outlived it.
    await t.dataSource.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [user.id]);
    const response = await client.get('/api/auth/me').expect(401);
    expect(response.body).toEqual({ statusCode: 401, code: 'auth.required', error: 'Unauthorized', message: 'Sign in first' });
    const [{ sessions }] = await t.dataSource.query(`SELECT count(*)::int AS sessions FROM sessions WHERE user_id = $1`, [user.id]);
    expect(sessions).toBe(0);
  });

  it('reactivates an account: she signs in again with her own password, and it is audited', async () => {
    const user = await t.createUser('course_leader');
    await admin.post(`/api/users/${user.id}/deactivate`).expect(200);
    const response = await admin.post(`/api/users/${user.id}/reactivate`).expect(200);
    expect(response.body).toMatchObject({ id: user.id, active: true });
    const client = await t.signIn(user.email);
    expect(client.user).toMatchObject({ id: user.id, active: true });
    expect(await auditOf(t, 'user.reactivate', user.id)).toEqual([{ actor_id: admin.user.id, details: {}, people: [user.id] }]);
    // Reactivating an active account changes nothing.
    await admin.post(`/api/users/${user.id}/reactivate`).expect(200);
    expect(await auditOf(t, 'user.reactivate', user.id)).toHaveLength(1);
  });

  it('resets a password: a new temporary one shown once, her sessions end, she must change it, and it is audited', async () => {
    const user = await t.createUser('trainee');
    const before = await t.signIn(user.email);
    const response = await admin.post(`/api/users/${user.id}/reset-password`).expect(200);
    expect(Object.keys(response.body)).toEqual(['temporaryPassword']);
    expect(response.body.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);

    await before.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    const after = await t.signIn(user.email, response.body.temporaryPassword);
    expect(after.user.mustChangePassword).toBe(true);
    await after.get('/api/me/training').expect(403);
    expect(await auditOf(t, 'user.reset-password', user.id)).toEqual([{ actor_id: admin.user.id, details: {}, people: [user.id] }]);
    // The password itself is never in the trail.
    const [{ trail }] = await t.dataSource.query(`SELECT count(*)::int AS trail FROM audit_events WHERE details::text LIKE $1`, [`%${response.body.temporaryPassword}%`]);
    expect(trail).toBe(0);
  });

  it('does not reactivate a deactivated account when resetting her password', async () => {
    const user = await t.createUser('trainee');
    await admin.post(`/api/users/${user.id}/deactivate`).expect(200);
    const { body } = await admin.post(`/api/users/${user.id}/reset-password`).expect(200);
    const wrong = await t.http().post('/api/auth/login').send({ email: user.email, password: 'not the password' });
    const reset = await t.http().post('/api/auth/login').send({ email: user.email, password: body.temporaryPassword });
    expect(loginAnswer(reset)).toEqual(loginAnswer(wrong));
    const list = await admin.get('/api/users?role=trainee').expect(200);
    expect(list.body.users.find((u: { id: string }) => u.id === user.id)).toMatchObject({ active: false, mustChangePassword: true });
  });

  it('does not reactivate a deactivated account through an invitation', async () => {
    const user = await t.createUser('trainee');
    await admin.post(`/api/users/${user.id}/deactivate`).expect(200);
    const leader = await t.as('course_leader');
    const cohort = await leader.post('/api/cohorts', { name: 'Kull Borås', courseId: 'base', version: 1 }).expect(201);
    await leader.post(`/api/cohorts/${cohort.body.id}/enrolments`, { name: user.name, email: user.email }).expect(201);
    const token = await invitationToken(t, user.email);
    // Her account exists: the link asks her to sign in, which she cannot; it makes no new account.
    expect((await t.http().get(`/api/invitations/${token}`).expect(200)).body.account).toBe('existing');
    await t.http().post(`/api/invitations/${token}/register`).send({ password: 'a brand new password' }).expect(404);
    await t.http().post('/api/auth/login').send({ email: user.email, password: 'a brand new password' }).expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    const [row] = await t.dataSource.query(`SELECT deactivated_at FROM users WHERE id = $1`, [user.id]);
    expect(row.deactivated_at).not.toBeNull();
  });

  it('changes a role: her sessions end so that the new role applies at once, and it is audited with both roles', async () => {
    const user = await t.createUser('trainee');
    const before = await t.signIn(user.email);
    await before.get('/api/cohorts').expect(403);
    const response = await admin.post(`/api/users/${user.id}/role`, { role: 'course_leader' }).expect(200);
    expect(response.body).toMatchObject({ id: user.id, role: 'course_leader', active: true });
    await before.get('/api/auth/me').expect(401);
    const after = await t.signIn(user.email);
    await after.get('/api/cohorts').expect(200);
    expect(await auditOf(t, 'user.role-change', user.id)).toEqual([{ actor_id: admin.user.id, details: { from: 'trainee', to: 'course_leader' }, people: [user.id] }]);

    // The same role again changes nothing: her session stays, nothing more is recorded.
    await admin.post(`/api/users/${user.id}/role`, { role: 'course_leader' }).expect(200);
    await after.get('/api/auth/me').expect(200);
    expect(await auditOf(t, 'user.role-change', user.id)).toHaveLength(1);
  });

  it('lets an administrator make a course leader an administrator, and an administrator a course leader', async () => {
    const user = await t.createUser('course_leader');
    await admin.post(`/api/users/${user.id}/role`, { role: 'admin' }).expect(200);
    const promoted = await t.signIn(user.email);
    await promoted.get('/api/users').expect(200);
    await admin.post(`/api/users/${user.id}/role`, { role: 'course_leader' }).expect(200);
    await promoted.get('/api/users').expect(401);
  });

  it('refuses to change a course leader who still leads a cohort or supervises a group, naming what blocks it', async () => {
    const leader = await t.as('course_leader');
    await createCohort(leader, { name: 'Kull Kiruna' });
    const refused = await admin.post(`/api/users/${leader.user.id}/role`, { role: 'trainee' }).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'user.role-in-use' });
    expect(refused.body.errors).toEqual([
      { field: 'role', rule: 'leadsCohorts', code: 'user.leads-cohorts', message: 'role: she still leads 1 cohort(s): Kull Kiruna' },
    ]);

    const supervisor = await t.createUser('course_leader');
    await admin.post('/api/supervision/groups', { name: 'Handledning Visby', supervisorIds: [supervisor.id], memberIds: [] }).expect(201);
    const blocked = await admin.post(`/api/users/${supervisor.id}/role`, { role: 'admin' }).expect(409);
    expect(blocked.body.code).toBe('user.role-in-use');
    expect(blocked.body.errors).toEqual([
      { field: 'role', rule: 'supervisesGroups', code: 'user.supervises-groups', message: 'role: she still supervises 1 group(s): Handledning Visby' },
    ]);
    const [row] = await t.dataSource.query(`SELECT role FROM users WHERE id = $1`, [supervisor.id]);
    expect(row.role).toBe('course_leader');
    expect(await auditOf(t, 'user.role-change', supervisor.id)).toEqual([]);
  });

  it('refuses to make staff of a trainee with a training record: an enrolment, an open invitation, supervision', async () => {
    const leader = await t.as('course_leader');
    const { enrolments } = await createCohort(leader, { name: 'Kull Ystad', trainees: ['Hanna Hav'] });
    const enrolled = enrolments[0]?.enrolment.traineeId as string;
    const refused = await admin.post(`/api/users/${enrolled}/role`, { role: 'course_leader' }).expect(409);
    expect(refused.body.code).toBe('user.role-in-use');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'role', code: 'user.training-record' })]);

    const invited = await t.createUser('trainee');
    const cohort = await leader.post('/api/cohorts', { name: 'Kull Ystad 2', courseId: 'base', version: 1 }).expect(201);
    await leader.post(`/api/cohorts/${cohort.body.id}/enrolments`, { name: invited.name, email: invited.email }).expect(201);
    const pending = await admin.post(`/api/users/${invited.id}/role`, { role: 'admin' }).expect(409);
    expect(pending.body.errors[0].code).toBe('user.training-record');

    const member = await t.createUser('trainee');
    const supervisor = await t.createUser('course_leader');
    await admin.post('/api/supervision/groups', { name: 'Handledning Ystad', supervisorIds: [supervisor.id], memberIds: [member.id] }).expect(201);
    const supervised = await admin.post(`/api/users/${member.id}/role`, { role: 'course_leader' }).expect(409);
    expect(supervised.body.errors[0].code).toBe('user.training-record');
  });

  it('refuses every change of her own account, and to a person who does not exist answers 404', async () => {
    for (const [path, body] of [['deactivate', undefined], ['reset-password', undefined], ['role', { role: 'course_leader' }]] as const) {
      const response = await admin.post(`/api/users/${admin.user.id}/${path}`, body).expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, code: 'user.self' });
    }
    await admin.get('/api/auth/me').expect(200);
    const missing = await admin.post('/api/users/7d1f0d4e-1c1b-4f4e-9d2a-3b4c5d6e7f80/deactivate').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'not-found', error: 'Not Found', message: 'No such user' });
  });

  it('names the field and rule of a bad id or role', async () => {
    const badId = await admin.post('/api/users/not-a-uuid/reactivate').expect(400);
    expect(badId.body.errors[0]).toMatchObject({ field: 'userId', rule: 'isUuid' });
    const user = await t.createUser('trainee');
    const badRole = await admin.post(`/api/users/${user.id}/role`, { role: 'superuser' }).expect(400);
    expect(badRole.body.errors[0]).toMatchObject({ field: 'role', rule: 'isIn' });
    const extra = await admin.post(`/api/users/${user.id}/role`, { role: 'trainee', active: false }).expect(400);
    expect(extra.body.errors[0]).toMatchObject({ field: 'active', rule: 'unknownField' });
  });

  it('gives a course leader and a trainee 403 on every action', async () => {
    const target = await t.createUser('trainee');
    for (const role of ['course_leader', 'trainee'] as const) {
      const client = await t.as(role);
      await client.post(`/api/users/${target.id}/deactivate`).expect(403);
      await client.post(`/api/users/${target.id}/reactivate`).expect(403);
      await client.post(`/api/users/${target.id}/reset-password`).expect(403);
      await client.post(`/api/users/${target.id}/role`, { role: 'admin' }).expect(403);
    }
    const [row] = await t.dataSource.query(`SELECT role, deactivated_at FROM users WHERE id = $1`, [target.id]);
    expect(row).toEqual({ role: 'trainee', deactivated_at: null });
  });
});

describe('user administration keeps an active administrator', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function principalOf(userId: string): Promise<Principal> {
    const user = await t.app.get(UserRepository).findById(userId);
    return { user: user as Principal['user'], session: { tokenHash: 'x'.repeat(64), userId, csrfToken: 'x', lastSeenAt: new Date(), expiresAt: new Date() } };
  }

  it('refuses to deactivate or demote the last active administrator, even for a request that raced her own deactivation', async () => {
    const first = await t.createUser('admin');
    const second = await t.createUser('admin');
    // The second administrator's request was let in before the first deactivated her.
    const stale = await principalOf(second.id);
    const client = await t.signIn(first.email);
    await client.post(`/api/users/${second.id}/deactivate`).expect(200);

    const administration = t.app.get(UserAdministrationService);
    for (const attempt of [() => administration.deactivate(stale, first.id), () => administration.changeRole(stale, first.id, 'course_leader')]) {
      const error = await attempt().then(
        () => null,
        (e: { getStatus(): number; getResponse(): unknown }) => e,
      );
      expect(error?.getStatus()).toBe(409);
      expect(error?.getResponse()).toMatchObject({ code: 'user.last-admin' });
    }
    const [{ admins }] = await t.dataSource.query(`SELECT count(*)::int AS admins FROM users WHERE role = 'admin' AND deactivated_at IS NULL`);
    expect(admins).toBe(1);
  });

  it('leaves one active administrator when two deactivate each other at the same time', async () => {
    const one = await t.createUser('admin');
    const two = await t.createUser('admin');
    await t.dataSource.query(`UPDATE users SET deactivated_at = now() WHERE role = 'admin' AND id <> ALL($1)`, [[one.id, two.id]]);
    const [a, b] = [await t.signIn(one.email), await t.signIn(two.email)];
    const statuses = (await Promise.all([a.post(`/api/users/${two.id}/deactivate`), b.post(`/api/users/${one.id}/deactivate`)])).map((r) => r.status).sort();
    expect(statuses[0]).toBe(200);
    // The later one is refused: as the last administrator (409), or because her own session has ended (401).
    expect([401, 409]).toContain(statuses[1]);
    const [{ admins }] = await t.dataSource.query(`SELECT count(*)::int AS admins FROM users WHERE role = 'admin' AND deactivated_at IS NULL`);
    expect(admins).toBe(1);
  });
});
