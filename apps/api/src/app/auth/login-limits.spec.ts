import request from 'supertest';
import { startTestApp, TEST_PASSWORD, TestApp } from '../../../test/test-app';

const login = (t: TestApp, email: string, password = 'not the password', forwardedFor?: string) => {
  const test = t.http().post('/api/auth/login');
  if (forwardedFor) test.set('X-Forwarded-For', forwardedFor);
  return test.send({ email, password });
};

function expectLimited(response: request.Response): void {
  expect(response.status).toBe(429);
  expect(response.body).toEqual({ statusCode: 429, code: 'rate-limited', error: 'Too Many Requests', message: 'Too many login attempts; try again later' });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

describe('login limits per client address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_RATE_LIMIT_PER_ADDRESS: '30', LOGIN_RATE_LIMIT: '5' })));
  afterAll(() => t.close());

  it('stops one address that tries 40 different e-mails once each', async () => {
    const user = await t.createUser('trainee');
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await login(t, `guess.${i}@example.org`)).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual(Array(10).fill(429));
    // Even the right password of a real account waits now.
    expectLimited(await login(t, user.email, TEST_PASSWORD));
  });
});

describe('login limits without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_RATE_LIMIT_PER_ADDRESS: '5' })));
  afterAll(() => t.close());

  it('ignores a forged X-Forwarded-For: every attempt counts for the real address', async () => {
    for (let i = 0; i < 5; i++) await login(t, `forged.${i}@example.org`, 'x', `203.0.113.${i + 1}`).expect(401);
    expectLimited(await login(t, 'forged.last@example.org', 'x', '198.51.100.77'));
  });
});

describe('login limits behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT_PER_ADDRESS: '5', LOGIN_RATE_LIMIT: '3' })));
  afterAll(() => t.close());

  it('stops guessing at one account from many addresses', async () => {
    const user = await t.createUser('trainee');
    for (let i = 1; i <= 3; i++) await login(t, user.email, 'wrong', `203.0.113.${i}`).expect(401);
    expectLimited(await login(t, user.email, TEST_PASSWORD, '203.0.113.4'));
    // Other accounts from those addresses go on.
    const other = await t.createUser('trainee');
    await login(t, other.email, TEST_PASSWORD, '203.0.113.4').expect(200);
  });

  it('takes the client address from X-Forwarded-For, one budget per address', async () => {
    for (let i = 0; i < 5; i++) await login(t, `spray.${i}@example.org`, 'x', '198.51.100.5').expect(401);
    expectLimited(await login(t, 'spray.5@example.org', 'x', '198.51.100.5'));
    await login(t, 'spray.6@example.org', 'x', '198.51.100.6').expect(401);
  });

  it('answers a known and an unknown e-mail alike, before and at the limit', async () => {
    const user = await t.createUser('trainee');
    const known: request.Response[] = [];
    const unknown: request.Response[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await login(t, user.email, 'wrong', '192.0.2.10'));
      unknown.push(await login(t, 'nobody.here@example.org', 'wrong', '192.0.2.11'));
    }
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 429]);
    expect(unknown.map((r) => r.status)).toEqual(known.map((r) => r.status));
    const shape = (r: request.Response) => ({
      body: r.body,
      headers: Object.keys(r.headers).filter((name) => !['date', 'etag', 'content-length', 'server-timing', 'retry-after'].includes(name)).sort(),
      retryAfter: r.headers['retry-after'] !== undefined,
      // The query count would tell a looked-up account from a missing one; the duration is timing noise.
      serverTiming: String(r.headers['server-timing'] ?? '').replace(/app;dur=[\d.]+/, 'app'),
    });
    expect(unknown.map(shape)).toEqual(known.map(shape));
    expectLimited(known[3] as request.Response);
  });
});
