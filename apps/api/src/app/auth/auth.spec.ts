import { startTestApp, TEST_PASSWORD, TestApp } from '../../../test/test-app';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_RATE_LIMIT: '5' })));
  afterAll(() => t.close());

  it('signs in with the right password and sets a safe session cookie', async () => {
    const user = await t.createUser('trainee', { email: 'Märta.Ålund@example.org'.toLowerCase(), name: 'Märta Ålund' });
    const response = await t.http().post('/api/auth/login').send({ email: 'MÄRTA.ÅLUND@example.org', password: TEST_PASSWORD }).expect(200);
    expect(response.body).toEqual({ ...user, name: 'Märta Ålund' });
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('peer_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/);
  });

  it('answers 401 to a wrong password and to an unknown e-mail alike', async () => {
    const user = await t.createUser('trainee');
    const wrong = await t.http().post('/api/auth/login').send({ email: user.email, password: 'not the password' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'auth.required', error: 'Unauthorized', message: 'Wrong e-mail or password' });
  });

  it('rate-limits login attempts for one account', async () => {
    const user = await t.createUser('trainee');
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/auth/login').send({ email: user.email, password: 'wrong' }).expect(401);
    }
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(429);
    // Another account from the same address is not locked out by that.
    const other = await t.createUser('trainee');
    await t.http().post('/api/auth/login').send({ email: other.email, password: TEST_PASSWORD }).expect(200);
  });

  it('names unknown and malformed fields with a 400', async () => {
    const response = await t.http().post('/api/auth/login').send({ email: 'not-an-email', password: 'x', admin: true }).expect(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'admin', rule: 'unknownField', code: 'field.unknown-field', message: 'admin is not an accepted field' },
        { field: 'email', rule: 'isEmail', code: 'field.is-email', message: 'email must be an e-mail address' },
      ]),
    );
  });

  it('answers 400, not 500, to a body that is not JSON', async () => {
    const response = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(response.body.statusCode).toBe(400);
  });

  it('knows the signed-in user, and forgets them after logout', async () => {
    const client = await t.as('course_leader');
    const me = await client.get('/api/auth/me').expect(200);
    expect(me.body.role).toBe('course_leader');
    await client.post('/api/auth/logout').expect(204);
    await client.get('/api/auth/me').expect(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const client = await t.as('trainee');
    const response = await client.agent.post('/api/auth/logout').expect(403);
    expect(response.body.message).toMatch(/CSRF/);
    await client.agent.post('/api/auth/logout').set('X-XSRF-TOKEN', 'forged').expect(403);
    await client.get('/api/auth/me').expect(200);
  });

  it('changes the password, ends other sessions, and checks the current one', async () => {
    const user = await t.createUser('trainee');
    const first = await t.signIn(user.email);
    const second = await t.signIn(user.email);
    const wrong = await first.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a much longer password' }).expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', rule: 'matchesCurrent', code: 'field.matches-current', message: 'currentPassword is wrong' }]);
    const short = await first.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'newPassword', rule: 'isLength' });

    await first.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password' }).expect(204);
    await first.get('/api/auth/me').expect(200);
    await second.get('/api/auth/me').expect(401);
    await t.http().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await t.signIn(user.email, 'a much longer password');
  });

  it('holds a user with a temporary password to the password change', async () => {
    const user = await t.createUser('admin', { mustChangePassword: true });
    const client = await t.signIn(user.email);
    await client.get('/api/users').expect(403);
    await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'my own new password' }).expect(204);
    await client.get('/api/users').expect(200);
  });
});
