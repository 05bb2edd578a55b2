import { startTestApp, TestApp } from '../../../test/test-app';
import { AppLifecycle } from './lifecycle';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers ok while the database answers', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers live and ready while the database answers', async () => {
    const live = await t.http().get('/api/health/live').expect(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    const ready = await t.http().get('/api/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, shutdown: { status: 'up' } } });
  });

  it('answers 503 when the database is gone; the process stays live', async () => {
    await t.dataSource.destroy();
    const response = await t.http().get('/api/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable' });
    const ready = await t.http().get('/api/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    await t.http().get('/api/health/live').expect(200);
  });
});

describe('readiness during a shutdown', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers 503 once draining began, with the database still up, and ends keep-alive connections', async () => {
    await t.http().get('/api/health/ready').expect(200);
    t.app.get(AppLifecycle).beginDrain();
    const ready = await t.http().get('/api/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'error', error: { shutdown: { status: 'down', message: 'shutting down' } }, info: { database: { status: 'up' } } });
    expect(ready.headers['connection']).toBe('close');
    await t.http().get('/api/health/live').expect(200);
  });
});
