import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { IdentityProviderDto, OrganisationIdentityProviderDto } from '@peer/contract';
import type { SetIdentityProviderRequest } from '@peer/contract/validation';
import { createHash } from 'node:crypto';
import { normalizeEmail } from '../../accounts/user';
import { UserRepository } from '../../accounts/user.repository';
import { AuditService } from '../../audit/audit.service';
import { decryptIssuerSecretKey, encryptIssuerSecretKey, IssuerKeyErrorCodes, IssuerKeyUnavailableError } from '../../certification/issuer-keys.service';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { AuthService, NewLogin } from '../auth.service';
import { organisationOf, type Principal } from '../principal';
import { IdentityProvider, IdentityProviderRepository } from './identity-provider.repository';
import { type Configuration, openIdClient } from './openid-client';

const SIGN_IN_MS = 10 * 60 * 1000;
const DISCOVERY_MS = 10 * 60 * 1000;

/**
 * Sign-in through an organisation's OpenID Connect provider (a region's, or an e-ID broker's).
 * The provider proves who she is; only an account the organisation already has lets her in: her
 * first sign-in links the provider's identity to the account with the provider's verified e-mail,
 * later ones find it by that link. A sign-in never creates an account or gives access by itself.
 */
@Injectable()
export class IdentityProvidersService {
  private readonly logger = new Logger(IdentityProvidersService.name);
  private readonly discovered = new Map<string, { config: Promise<Configuration>; expires: number }>();

  constructor(
    private readonly providers: IdentityProviderRepository,
    private readonly users: UserRepository,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The address providers send her back to; registered at the provider. */
  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/oidc/callback`;
  }

  async list(): Promise<IdentityProviderDto[]> {
    return (await this.providers.list()).map((p) => ({ slug: p.slug, name: p.name }));
  }

  /** Where to send the browser: the provider's authorization endpoint, for this one sign-in; null when there is no such provider or it cannot be reached. */
  async start(slug: string): Promise<string | null> {
    const provider = await this.providers.bySlug(slug);
    if (!provider) return null;
    const client = await openIdClient();
    let config: Configuration;
    try {
      config = await this.discover(provider);
    } catch (error) {
      this.logger.warn(`the identity provider of ${provider.slug} cannot be reached: ${(error as Error).message}`);
      return null;
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.providers.begin({ state, organisationId: provider.organisationId, codeVerifier, nonce, expiresAt: new Date(Date.now() + SIGN_IN_MS) });
    return client
      .buildAuthorizationUrl(config, {
        redirect_uri: this.redirectUri,
        scope: 'openid email',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      .toString();
  }

  /**
   * The provider's answer: a session for the account it leads to, or null. Every failure is the
   * same null (no account, no verified e-mail, an expired or replayed sign-in, a refusal at the
   * provider), so the answer tells nobody whether an e-mail has an account.
   */
  async finish(query: string): Promise<NewLogin | null> {
    const params = new URLSearchParams(query);
    const state = params.get('state');
    const signIn = state && state.length <= 64 ? await this.providers.take(state) : null;
    if (!signIn) return null;
    const provider = await this.providers.ofOrganisation(signIn.organisationId);
    if (!provider) return null;
    try {
      const client = await openIdClient();
      const tokens = await client.authorizationCodeGrant(await this.discover(provider), new URL(`${this.redirectUri}?${params.toString()}`), {
        pkceCodeVerifier: signIn.codeVerifier,
        expectedState: signIn.state,
        expectedNonce: signIn.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims?.sub) return null;
      const userId = await this.accountOf(provider, claims.sub, claims['email'], claims['email_verified']);
      const user = userId ? await this.users.findById(userId) : null;
      if (!user || user.deactivatedAt || user.organisationId !== provider.organisationId) return null;
      return await this.auth.openSession(user, 'identity-provider');
    } catch (error) {
      this.logger.warn(`sign-in through ${provider.slug} failed: ${(error as Error).message}`);
      return null;
    }
  }

  async ofActor(actor: Principal): Promise<OrganisationIdentityProviderDto | null> {
    const provider = await this.providers.ofOrganisation(organisationOf(actor));
    return provider && { issuer: provider.issuer, clientId: provider.clientId, redirectUri: this.redirectUri };
  }

  async set(actor: Principal, request: SetIdentityProviderRequest): Promise<OrganisationIdentityProviderDto> {
    const organisationId = organisationOf(actor);
    const issuer = request.issuer.replace(/\/+$/, '');
    await this.providers.save({ organisationId, issuer, clientId: request.clientId, clientSecretEncrypted: encryptIssuerSecretKey(request.clientSecret, this.secret()) });
    await this.audit.record({ actorId: actor.user.id, action: 'identity-provider.set', subjectType: 'organisation', subjectId: organisationId, details: { issuer, clientId: request.clientId } });
    return { issuer, clientId: request.clientId, redirectUri: this.redirectUri };
  }

  async remove(actor: Principal): Promise<void> {
    const organisationId = organisationOf(actor);
    if (!(await this.providers.remove(organisationId))) throw new NotFoundException('The organisation has no identity provider');
    await this.audit.record({ actorId: actor.user.id, action: 'identity-provider.remove', subjectType: 'organisation', subjectId: organisationId });
  }

  /** The linked account, or at the first sign-in the organisation's account with the provider's verified e-mail, linked from now on. */
  private async accountOf(provider: IdentityProvider, subject: string, email: unknown, emailVerified: unknown): Promise<string | null> {
    const linked = await this.providers.linkedUser(provider.organisationId, subject);
    if (linked) return linked;
    if (typeof email !== 'string' || emailVerified !== true) return null;
    const user = await this.users.findByEmail(normalizeEmail(email));
    if (!user || user.organisationId !== provider.organisationId) return null;
    await this.providers.transaction(async (manager) => {
      await this.providers.link(provider.organisationId, subject, user.id, manager);
      await this.audit.record({ actorId: user.id, action: 'identity-provider.link', subjectType: 'user', subjectId: user.id, details: { provider: provider.slug }, people: [user.id] }, manager);
    });
    return user.id;
  }

  /** The provider's configuration from its discovery document, kept ten minutes. */
  private discover(provider: IdentityProvider): Promise<Configuration> {
    const secret = decryptIssuerSecretKey(provider.clientSecretEncrypted, this.secret());
    if (secret === null) throw new IssuerKeyUnavailableError(IssuerKeyErrorCodes.secretMismatch, 'The identity provider’s client secret cannot be read with this key secret.');
    const key = createHash('sha256').update(`${provider.issuer}\n${provider.clientId}\n${secret}`).digest('hex');
    const hit = this.discovered.get(key);
    if (hit && hit.expires > Date.now()) return hit.config;
    const config = openIdClient().then((client) =>
      client.discovery(new URL(provider.issuer), provider.clientId, secret, client.ClientSecretBasic(secret), {
        // Only a provider on this machine (a test one) may speak plain http.
        ...(/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(provider.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
      }),
    );
    config.catch(() => this.discovered.delete(key));
    this.discovered.set(key, { config, expires: Date.now() + DISCOVERY_MS });
    return config;
  }

  private secret(): string {
    const secret = this.config.issuer.keySecret;
    if (!secret) throw new IssuerKeyUnavailableError(IssuerKeyErrorCodes.secretMissing, 'No key secret is configured to keep the identity provider’s client secret.');
    return secret;
  }
}
