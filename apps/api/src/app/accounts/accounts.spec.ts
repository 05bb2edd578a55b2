import { startTestApp, TestApp } from '../../../test/test-app';

describe('user administration', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('lets an administrator create a trainee who must then change the temporary password', async () => {
    const admin = await t.as('admin');
    const created = await admin.post('/api/users', { email: 'Sören.Ekström@Example.org', name: ' Sören Ekström ', role: 'trainee' }).expect(201);
    expect(created.body.user).toMatchObject({ email: 'sören.ekström@example.org', name: 'Sören Ekström', role: 'trainee', mustChangePassword: true });
    expect(created.body.temporaryPassword).toHaveLength(16);

    const trainee = await t.signIn('sören.ekström@example.org', created.body.temporaryPassword);
    expect(trainee.user.mustChangePassword).toBe(true);
  });

  it('refuses a second account with the same e-mail, naming the field', async () => {
    const admin = await t.as('admin');
    await admin.post('/api/users', { email: 'twice@example.org', name: 'One', role: 'course_leader' }).expect(201);
    const again = await admin.post('/api/users', { email: 'TWICE@example.org', name: 'Two', role: 'trainee' }).expect(409);
    expect(again.body.errors).toEqual([{ field: 'email', rule: 'unique', code: 'field.unique', message: 'email is already used by another account' }]);
  });

  it('refuses to create another administrator', async () => {
    const admin = await t.as('admin');
    const response = await admin.post('/api/users', { email: 'boss@example.org', name: 'Boss', role: 'admin' }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'role', rule: 'isIn' });
  });

  it('gives a trainee and a course leader 403 on administrator routes', async () => {
    const trainee = await t.as('trainee');
    await trainee.get('/api/users').expect(403);
    await trainee.post('/api/users', { email: 'x@example.org', name: 'X', role: 'trainee' }).expect(403);
    const leader = await t.as('course_leader');
    await leader.get('/api/users').expect(403);
  });

  it('gives 401 without a session', async () => {
    await t.http().get('/api/users').expect(401);
  });

  it('audits an administrator listing personal data', async () => {
    const admin = await t.as('admin');
    const list = await admin.get('/api/users?role=trainee').expect(200);
    expect(list.body.users.every((u: { role: string }) => u.role === 'trainee')).toBe(true);
    const [event] = await t.dataSource.query(
      `SELECT action, details FROM audit_events WHERE actor_id = $1 AND action = 'user.list'`,
      [admin.user.id],
    );
    expect(event).toEqual({ action: 'user.list', details: { role: 'trainee', count: list.body.users.length } });
  });

  it('rejects an unknown role filter', async () => {
    const admin = await t.as('admin');
    const response = await admin.get('/api/users?role=superuser').expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'role', rule: 'isIn' });
  });
});
