import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { type IdentityProviderDto, normalisePersonalIdentityNumber, type OrganisationIdentityProviderDto } from '@peer/contract';
import type { SetIdentityProviderRequest } from '@peer/contract/validation';
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { normalizeEmail } from '../../accounts/user';
import { UserRepository } from '../../accounts/user.repository';
import { AuditService } from '../../audit/audit.service';
import { decryptIssuerSecretKey, encryptIssuerSecretKey, IssuerKeyErrorCodes, IssuerKeyUnavailableError } from '../../certification/issuer-keys.service';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { FieldConflictError } from '../../common/error.filter';
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
 * or else with the personal identity number an administrator gave the account (when the provider
 * sends one in the configured claim); later ones find it by that link. A sign-in never creates an
 * account or gives access by itself.
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
        scope: ['openid', 'email', provider.identityScope].filter(Boolean).join(' '),
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
      const personalIdentity = provider.identityClaim ? normalisePersonalIdentityNumber(claims[provider.identityClaim]) : null;
      const userId = await this.accountOf(provider, claims.sub, claims['email'], claims['email_verified'], personalIdentity);
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
    return provider && { issuer: provider.issuer, clientId: provider.clientId, identityClaim: provider.identityClaim, identityScope: provider.identityScope, redirectUri: this.redirectUri };
  }

  async set(actor: Principal, request: SetIdentityProviderRequest): Promise<OrganisationIdentityProviderDto> {
    const organisationId = organisationOf(actor);
    const issuer = request.issuer.replace(/\/+$/, '');
    const settings = { issuer, clientId: request.clientId, identityClaim: request.identityClaim ?? null, identityScope: request.identityScope ?? null };
    await this.providers.save({ organisationId, ...settings, clientSecretEncrypted: encryptIssuerSecretKey(request.clientSecret, this.secret()) });
    await this.audit.record({ actorId: actor.user.id, action: 'identity-provider.set', subjectType: 'organisation', subjectId: organisationId, details: settings });
    return { ...settings, redirectUri: this.redirectUri };
  }

  /**
   * Gives an account of the organisation the personal identity number her first sign-in may link
   * by. Only a keyed hash is kept; two accounts of one organisation never share one.
   */
  async setPersonalIdentity(actor: Principal, userId: string, number: string): Promise<void> {
    const organisationId = organisationOf(actor);
    const hash = this.personalIdentityHash(normalisePersonalIdentityNumber(number) as string);
    await this.providers.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`personal-identity:${organisationId}`]);
      // An account outside the organisation is not found, before anything is said about the number.
      if (!(await this.providers.setPersonalIdentity(organisationId, userId, hash, manager))) throw new NotFoundException('No such user');
      const holders = await this.providers.accountsWithPersonalIdentity(organisationId, hash, manager);
      if (holders.some((id) => id !== userId)) {
        throw new FieldConflictError([{ field: 'personalIdentityNumber', rule: 'unique', message: 'Another account of the organisation has this personal identity number' }]);
      }
      await this.audit.record({ actorId: actor.user.id, action: 'user.personal-identity.set', subjectType: 'user', subjectId: userId, people: [userId] }, manager);
    });
  }

  async removePersonalIdentity(actor: Principal, userId: string): Promise<void> {
    const organisationId = organisationOf(actor);
    await this.providers.transaction(async (manager) => {
      if (!(await this.providers.setPersonalIdentity(organisationId, userId, null, manager))) throw new NotFoundException('No such user');
      await this.audit.record({ actorId: actor.user.id, action: 'user.personal-identity.remove', subjectType: 'user', subjectId: userId, people: [userId] }, manager);
    });
  }

  async remove(actor: Principal): Promise<void> {
    const organisationId = organisationOf(actor);
    if (!(await this.providers.remove(organisationId))) throw new NotFoundException('The organisation has no identity provider');
    await this.audit.record({ actorId: actor.user.id, action: 'identity-provider.remove', subjectType: 'organisation', subjectId: organisationId });
  }

  /**
   * The linked account, or at the first sign-in the organisation's account with the provider's
   * verified e-mail, or else the one account with its personal identity number; linked from now on.
   */
  private async accountOf(provider: IdentityProvider, subject: string, email: unknown, emailVerified: unknown, personalIdentity: string | null): Promise<string | null> {
    const linked = await this.providers.linkedUser(provider.organisationId, subject);
    if (linked) return linked;
    const found = await this.firstSignInAccount(provider, email, emailVerified, personalIdentity);
    if (!found) return null;
    await this.providers.transaction(async (manager) => {
      await this.providers.link(provider.organisationId, subject, found.userId, manager);
      const details = { provider: provider.slug, by: found.by };
      await this.audit.record({ actorId: found.userId, action: 'identity-provider.link', subjectType: 'user', subjectId: found.userId, details, people: [found.userId] }, manager);
    });
    return found.userId;
  }

  private async firstSignInAccount(provider: IdentityProvider, email: unknown, emailVerified: unknown, personalIdentity: string | null): Promise<{ userId: string; by: 'email' | 'personal-identity' } | null> {
    if (typeof email === 'string' && emailVerified === true) {
      const user = await this.users.findByEmail(normalizeEmail(email));
      if (user?.organisationId === provider.organisationId) return { userId: user.id, by: 'email' };
    }
    if (!personalIdentity) return null;
    const holders = await this.providers.accountsWithPersonalIdentity(provider.organisationId, this.personalIdentityHash(personalIdentity));
    // Two accounts with one number are a mistake to correct, not a guess to make.
    return holders.length === 1 ? { userId: holders[0] as string, by: 'personal-identity' } : null;
  }

  /** A keyed hash: recognises a number given again, and cannot be turned back into it without the key secret. */
  private personalIdentityHash(number: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.secret(), 'peer-academy', 'personal-identity-number', 32));
    return createHmac('sha256', key).update(number).digest('hex');
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
