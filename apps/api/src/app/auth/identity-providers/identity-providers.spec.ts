import request from 'supertest';
import { throughProvider } from '../../../../test/oidc-browser';
import { type Client, startTestApp, type TestApp } from '../../../../test/test-app';

const PUBLIC_URL = 'https://intyg.example.org';
const REDIRECT_URI = `${PUBLIC_URL}/api/auth/oidc/callback`;

interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

/** Node's own require: the provider must not run inside jest's module sandbox. */
const nativeRequire = process.getBuiltinModule('node:module').createRequire(__filename);
const { startTestProvider } = nativeRequire('../../../../test/oidc-provider.cjs') as {
  startTestProvider(options: { clientId: string; clientSecret: string; redirectUri: string; accounts: Record<string, Record<string, unknown>> }): Promise<TestProvider>;
};

describe('sign-in through the organisation’s identity provider', () => {
  let t: TestApp;
  let provider: TestProvider;
  let admin: Client;
  let leaderEmail: string;
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, COOKIE_SECURE: 'false' });
    const leader = await t.createUser('course_leader', { email: 'lisa.leder@example.org', name: 'Lisa Leder' });
    leaderEmail = leader.email;
    const elsewhere = await t.createOrganisation('NSPH Skåne');
    await t.createUser('course_leader', { email: 'other.region@example.org', organisationId: elsewhere });
    provider = await startTestProvider({
      clientId: 'peer-academy',
      clientSecret: 'provider-client-secret',
      redirectUri: REDIRECT_URI,
      accounts: {
        lisa: { email: 'Lisa.Leder@example.org', email_verified: true },
        stranger: { email: 'nobody-here@example.org', email_verified: true },
        unverified: { email: 'lisa.leder@example.org', email_verified: false },
        elsewhere: { email: 'other.region@example.org', email_verified: true },
      },
    });
    admin = await t.as('admin');
    [{ slug }] = await t.dataSource.query(`SELECT slug FROM organisations WHERE id = $1`, [t.organisationId]);
  });
  afterAll(async () => {
    await provider?.close();
    await t?.close();
  });

  /** A browser that starts a sign-in at the app, passes the provider as `login` and comes back to the callback. */
  async function signInAs(login: string): Promise<{ agent: ReturnType<typeof request.agent>; landing: string }> {
    const agent = request.agent(t.app.getHttpServer());
    const started = await agent.get(`/api/auth/oidc/${slug}/start`).expect(302);
    const callback = await throughProvider(started.headers['location'] as string, REDIRECT_URI, login);
    const back = await agent.get(new URL(callback).pathname + new URL(callback).search).expect(302);
    return { agent, landing: back.headers['location'] as string };
  }

  it('is set up by the organisation’s administrator, and the client secret is never shown again', async () => {
    await t.http().get('/api/auth/identity-providers').expect(200, { providers: [] });
    expect((await admin.get('/api/organisation/identity-provider').expect(200)).body).toEqual({ provider: null, redirectUri: REDIRECT_URI });
    const bad = await admin.put('/api/organisation/identity-provider', { issuer: 'http://idp.example.org', clientId: 'peer-academy', clientSecret: 'x' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'issuer' })]);
    const set = await admin.put('/api/organisation/identity-provider', { issuer: `${provider.issuer}/`, clientId: 'peer-academy', clientSecret: 'provider-client-secret' }).expect(200);
    expect(set.body).toEqual({ issuer: provider.issuer, clientId: 'peer-academy', redirectUri: REDIRECT_URI });
    expect((await admin.get('/api/organisation/identity-provider').expect(200)).body).toEqual({ provider: set.body, redirectUri: REDIRECT_URI });
    expect(JSON.stringify((await t.dataSource.query(`SELECT * FROM identity_providers`)) as unknown[])).not.toContain('provider-client-secret');
    expect((await t.http().get('/api/auth/identity-providers').expect(200)).body.providers).toEqual([{ slug, name: 'Testregionen' }]);
    await (await t.as('course_leader')).get('/api/organisation/identity-provider').expect(403);
  });

  it('links the first sign-in to the account with the provider’s verified e-mail, and finds it by that link afterwards', async () => {
    const first = await signInAs('lisa');
    expect(first.landing).toBe('/');
    expect((await first.agent.get('/api/auth/me').expect(200)).body).toMatchObject({ email: leaderEmail, role: 'course_leader' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM user_identities WHERE subject = 'lisa'`);
    expect(count).toBe(1);
    // The provider's e-mail may change later: the link holds.
    const again = await signInAs('lisa');
    expect((await again.agent.get('/api/auth/me').expect(200)).body.email).toBe(leaderEmail);
  });

  it('never creates access: no account, an unverified e-mail or another organisation’s account all end on the login page alike', async () => {
    const [{ before }] = await t.dataSource.query(`SELECT count(*)::int AS before FROM users`);
    for (const login of ['stranger', 'unverified', 'elsewhere']) {
      const { agent, landing } = await signInAs(login);
      expect([login, landing]).toEqual([login, '/login?signIn=failed']);
      await agent.get('/api/auth/me').expect(401);
    }
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM users`);
    expect(after).toBe(before);
  });

  it('takes each sign-in once: a replayed or made-up callback signs nobody in', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const started = await agent.get(`/api/auth/oidc/${slug}/start`).expect(302);
    const callback = new URL(await throughProvider(started.headers['location'] as string, REDIRECT_URI, 'lisa'));
    expect((await agent.get(callback.pathname + callback.search).expect(302)).headers['location']).toBe('/');
    const replay = request.agent(t.app.getHttpServer());
    expect((await replay.get(callback.pathname + callback.search).expect(302)).headers['location']).toBe('/login?signIn=failed');
    expect((await replay.get('/api/auth/oidc/callback?code=x&state=made-up').expect(302)).headers['location']).toBe('/login?signIn=failed');
    expect((await replay.get('/api/auth/oidc/no-such-region/start').expect(302)).headers['location']).toBe('/login?signIn=unavailable');
  });
});
