import { startTestApp, TestApp } from '../../../test/test-app';
import { redactSecretUrl, serializeRequest } from './request-log';

const TOKEN = 'Zm9vYmFyc2VjcmV0dG9rZW4tMTIzNDU2Nzg5MA';

describe('request log redaction', () => {
  it('replaces the token of every secret link, keeping the rest of the URL', () => {
    expect(redactSecretUrl(`/share/${TOKEN}?lang=en`)).toBe('/share/[redacted]?lang=en');
    expect(redactSecretUrl(`/host-confirmation/${TOKEN}`)).toBe('/host-confirmation/[redacted]');
    expect(redactSecretUrl(`/api/calendar/${TOKEN}.ics`)).toBe('/api/calendar/[redacted]');
    expect(redactSecretUrl('/api/calendar-feeds')).toBe('/api/calendar-feeds');
    expect(redactSecretUrl('/api/cohorts/42')).toBe('/api/cohorts/42');
  });

  it('redacts route parameters and the Referer without touching the request', () => {
    const params = { token: TOKEN };
    const logged = serializeRequest({ url: `/share/${TOKEN}`, params, headers: { referer: `https://peer.example.org/share/${TOKEN}`, accept: 'text/html' } });
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
    expect(logged).toMatchObject({ url: '/share/[redacted]', params: { token: '[redacted]' }, headers: { referer: 'https://peer.example.org/share/[redacted]', accept: 'text/html' } });
    expect(params.token).toBe(TOKEN);
  });
});

describe('privacy of answers and logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => (t = await startTestApp({ LOG_LEVEL: 'info' }, { logDestination: { write: (line: string) => lines.push(line) } })));
  afterAll(() => t.close());

  it('lets no cache keep an authenticated answer, an error under /api or an export', async () => {
    const trainee = await t.as('trainee');
    expect((await trainee.get('/api/auth/me').expect(200)).headers['cache-control']).toBe('no-store');
    expect((await t.http().get('/api/auth/me').expect(401)).headers['cache-control']).toBe('no-store');
    expect((await t.http().get('/api/certificates/00000000-0000-4000-8000-000000000000/pdf').expect(401)).headers['cache-control']).toBe('no-store');
    // The calendar feed names its own caching; the personal data wins.
    const feed = (await trainee.post('/api/calendar-feeds', {}).expect(201)).body as { url: string };
    const ics = await t.http().get(new URL(feed.url).pathname).expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.headers['cache-control']).toBe('no-store');
  });

  it('names the framework nowhere, not even on the lean verify page', async () => {
    for (const path of ['/api/health', '/api/auth/me', `/verify/${'a'.repeat(32)}`, `/share/${TOKEN}`, '/verify']) {
      const response = await t.http().get(path);
      expect({ path, poweredBy: response.headers['x-powered-by'] }).toEqual({ path, poweredBy: undefined });
    }
  });

  it('sends no HSTS for a plain http public address', async () => {
    expect((await t.http().get('/api/health')).headers['strict-transport-security']).toBeUndefined();
  });

  it('writes no secret-link token to the request log', async () => {
    lines.length = 0;
    await t.http().get(`/share/${TOKEN}?lang=en`);
    await t.http().get(`/host-confirmation/${TOKEN}`);
    await t.http().post(`/host-confirmation/${TOKEN}`);
    await t.http().get(`/api/calendar/${TOKEN}.ics`);
    await t.http().get('/share/other').set('Referer', `http://localhost/share/${TOKEN}`);
    const requests = lines.map((line) => JSON.parse(line) as { req?: { url?: string } }).filter((entry) => entry.req);
    expect(requests.map((entry) => entry.req?.url)).toEqual(
      expect.arrayContaining(['/share/[redacted]?lang=en', '/host-confirmation/[redacted]', '/api/calendar/[redacted]']),
    );
    expect(requests.filter((entry) => entry.req?.url === '/host-confirmation/[redacted]')).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});

describe('HSTS behind https', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ PUBLIC_URL: 'https://peer.example.org' })));
  afterAll(() => t.close());

  it('sends Strict-Transport-Security when the public address is https', async () => {
    expect((await t.http().get('/api/health')).headers['strict-transport-security']).toMatch(/max-age=\d+/);
    // The lean verify page answers before helmet, so it sets the header itself.
    expect((await t.http().get(`/verify/${'b'.repeat(32)}`)).headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
