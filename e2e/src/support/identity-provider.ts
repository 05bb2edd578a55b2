/** The test OpenID Connect provider the browser tests start beside the app (e2e/oidc-provider.mjs). */
const port = Number(process.env['E2E_OIDC_PORT'] ?? 3211);

export const TEST_PROVIDER = {
  port,
  issuer: `http://127.0.0.1:${port}`,
  clientId: 'peer-academy',
  clientSecret: 'e2e-client-secret',
} as const;
