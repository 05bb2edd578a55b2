'use strict';
/**
 * A real OpenID Connect provider (oidc-provider) for the tests: code flow with PKCE, its own
 * development login and consent pages, and the accounts given. Loaded with Node's own require
 * (never jest's), so that its configuration objects come from the realm oidc-provider checks.
 */
const http = require('node:http');
const crypto = require('node:crypto');

/**
 * Starts the provider on `port` (0: any free one) and answers its issuer URL and a `close`.
 * `accounts` maps the login name typed on its login page to the claims it vouches for.
 */
async function startTestProvider({ port = 0, clientId, clientSecret, redirectUri, accounts }) {
  const { default: Provider } = require('oidc-provider');
  const server = http.createServer();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'test-1', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [crypto.randomBytes(16).toString('hex')] },
    // `personal_identity_number`: as Swedish e-ID brokers release the personal identity number.
    scopes: ['openid', 'email', 'personal_identity_number'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], personal_identity_number: ['personal_identity_number'] },
    // The e-mail in the ID token itself, as many regional providers send it.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    async findAccount(_, id) {
      const claims = accounts[id];
      return claims && { accountId: id, claims: async () => ({ ...claims, sub: id }) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

module.exports = { startTestProvider };
