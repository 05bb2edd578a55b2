import request from 'supertest';
import type { UserDto } from '@peer/contract';
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
  let elsewhere: string;
  let elsewhereAdmin: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, COOKIE_SECURE: 'false' });
    const leader = await t.createUser('course_leader', { email: 'lisa.leder@example.org', name: 'Lisa Leder' });
    leaderEmail = leader.email;
    elsewhere = await t.createOrganisation('NSPH Skåne');
    await t.createUser('course_leader', { email: 'other.region@example.org', organisationId: elsewhere });
    elsewhereAdmin = await t.as('admin', elsewhere);
    provider = await startTestProvider({
      clientId: 'peer-academy',
      clientSecret: 'provider-client-secret',
      redirectUri: REDIRECT_URI,
      accounts: {
        lisa: { email: 'Lisa.Leder@example.org', email_verified: true },
        stranger: { email: 'nobody-here@example.org', email_verified: true },
        unverified: { email: 'lisa.leder@example.org', email_verified: false },
        elsewhere: { email: 'other.region@example.org', email_verified: true },
        // E-ID users: a personal identity number, no e-mail the organisation knows.
        tolvan: { email: 'tolvan@eid.example', email_verified: false, personal_identity_number: '191212121212' },
        tolvanAgain: { personal_identity_number: '191212121212' },
        twin: { personal_identity_number: '198112189876' },
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
    expect(set.body).toEqual({ issuer: provider.issuer, clientId: 'peer-academy', identityClaim: null, identityScope: null, redirectUri: REDIRECT_URI });
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

  describe('by personal identity number', () => {
    const withClaim = { clientId: 'peer-academy', clientSecret: 'provider-client-secret', identityClaim: 'personal_identity_number', identityScope: 'personal_identity_number' };
    const linkedTo = async (agent: ReturnType<typeof request.agent>) => ((await agent.get('/api/auth/me').expect(200)).body as UserDto).email;

    it('links a first sign-in without a verified e-mail to the one account an administrator gave that number, once the provider names its claim', async () => {
      const holder = await t.createUser('trainee', { email: 'tove.tolvan@example.org', name: 'Tove Tolvan' });
      await admin.put(`/api/users/${holder.id}/personal-identity`, { personalIdentityNumber: '19121212-1212' }).expect(204);
      expect(((await admin.get('/api/users').expect(200)).body.users as UserDto[]).find((u) => u.id === holder.id)?.personalIdentity).toBe(true);
      // The provider is not yet set up to send the number: nothing to link by.
      expect((await signInAs('tolvan')).landing).toBe('/login?signIn=failed');

      const set = await admin.put('/api/organisation/identity-provider', { issuer: provider.issuer, ...withClaim }).expect(200);
      expect(set.body).toMatchObject({ identityClaim: 'personal_identity_number', identityScope: 'personal_identity_number' });
      const first = await signInAs('tolvan');
      expect(first.landing).toBe('/');
      expect(await linkedTo(first.agent)).toBe(holder.email);
      const [link] = await t.dataSource.query(`SELECT details FROM audit_events WHERE action = 'identity-provider.link' AND subject_id = $1`, [holder.id]);
      expect(link.details).toEqual({ provider: slug, by: 'personal-identity' });
      // Only a keyed hash is kept: the digits are nowhere in her row.
      const [row] = await t.dataSource.query(`SELECT * FROM users WHERE id = $1`, [holder.id]);
      expect(row.personal_identity_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toMatch(/1212121212/);
    });

    it('never links to another organisation’s account, nor after the number is taken away', async () => {
      const other = await t.createUser('trainee', { email: 'tvilling@example.org', organisationId: elsewhere });
      await elsewhereAdmin.put(`/api/users/${other.id}/personal-identity`, { personalIdentityNumber: '19811218-9876' }).expect(204);
      expect((await signInAs('twin')).landing).toBe('/login?signIn=failed');

      const holder = (await t.dataSource.query(`SELECT id FROM users WHERE email = 'tove.tolvan@example.org'`))[0].id as string;
      await admin.delete(`/api/users/${holder}/personal-identity`).expect(204);
      expect(((await admin.get('/api/users').expect(200)).body.users as UserDto[]).find((u) => u.id === holder)?.personalIdentity).toBe(false);
      // A new identity at the provider with the same number finds no account any more.
      expect((await signInAs('tolvanAgain')).landing).toBe('/login?signIn=failed');
    });

    it('refuses a number that is not one, a number another account of the organisation has, and another organisation’s account', async () => {
      const someone = await t.createUser('course_leader');
      const bad = await admin.put(`/api/users/${someone.id}/personal-identity`, { personalIdentityNumber: '19121212-1213' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'personalIdentityNumber', rule: 'personalIdentityNumber', code: 'field.personal-identity-number' })]);
      const first = await t.createUser('trainee');
      await admin.put(`/api/users/${first.id}/personal-identity`, { personalIdentityNumber: '197010632391' }).expect(204);
      const taken = await admin.put(`/api/users/${someone.id}/personal-identity`, { personalIdentityNumber: '19701063-2391' }).expect(409);
      expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'personalIdentityNumber', rule: 'unique' })]);
      // The same number again on the same account changes nothing.
      await admin.put(`/api/users/${first.id}/personal-identity`, { personalIdentityNumber: '19701063-2391' }).expect(204);

      const foreign = await elsewhereAdmin.put(`/api/users/${someone.id}/personal-identity`, { personalIdentityNumber: '19811218-9876' }).expect(404);
      const unknown = await elsewhereAdmin.put('/api/users/00000000-0000-4000-8000-000000000000/personal-identity', { personalIdentityNumber: '19811218-9876' }).expect(404);
      expect(foreign.body).toEqual(unknown.body);
      const [{ hash }] = await t.dataSource.query(`SELECT personal_identity_hash AS hash FROM users WHERE id = $1`, [someone.id]);
      expect(hash).toBeNull();
    });
  });
});
