import { startTestApp, TestApp } from '../../../test/test-app';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('answers ok while the database answers', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers 503 when the database is gone', async () => {
    await t.dataSource.destroy();
    const response = await t.http().get('/api/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable' });
  });
});
