// The test identity provider the browser tests sign in through: a real OpenID Connect provider
// (oidc-provider) vouching for the demo's NSPH Skåne course leader and for a stranger without an account.
import { createRequire } from 'node:module';

const port = Number(process.env.OIDC_PORT);
const appUrl = process.env.APP_URL;
if (!port || !appUrl) throw new Error('OIDC_PORT and APP_URL must be set');
const { startTestProvider } = createRequire(import.meta.url)('../apps/api/test/oidc-provider.cjs');
const provider = await startTestProvider({
  port,
  // As in src/support/identity-provider.ts.
  clientId: 'peer-academy',
  clientSecret: 'e2e-client-secret',
  redirectUri: `${appUrl}/api/auth/oidc/callback`,
  accounts: {
    pia: { email: 'pia.sundberg@example.org', email_verified: true },
    stranger: { email: 'stranger@example.org', email_verified: true },
  },
});
process.stdout.write(`test identity provider at ${provider.issuer}\n`);
