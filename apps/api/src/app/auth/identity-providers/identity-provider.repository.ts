import type { EntityManager } from 'typeorm';

/** An organisation's OpenID Connect provider, with its client secret still encrypted. */
export interface IdentityProvider {
  organisationId: string;
  slug: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted: string;
  /** The ID token claim with a personal identity number a first sign-in may link by; null: e-mail only. */
  identityClaim: string | null;
  /** A scope asked for besides `openid email`. */
  identityScope: string | null;
}

export type ProviderSettings = Pick<IdentityProvider, 'organisationId' | 'issuer' | 'clientId' | 'clientSecretEncrypted' | 'identityClaim' | 'identityScope'>;

/** A sign-in on its way through the provider: what the callback must match. */
export interface PendingSignIn {
  state: string;
  organisationId: string;
  codeVerifier: string;
  nonce: string;
  expiresAt: Date;
}

/** Port: the providers, the identities linked to accounts, and the sign-ins in progress. */
export abstract class IdentityProviderRepository {
  abstract transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** Every organisation with a provider, by name. */
  abstract list(): Promise<IdentityProvider[]>;
  abstract bySlug(slug: string): Promise<IdentityProvider | null>;
  abstract ofOrganisation(organisationId: string): Promise<IdentityProvider | null>;
  abstract save(provider: ProviderSettings): Promise<void>;
  /** False when the organisation had none. */
  abstract remove(organisationId: string): Promise<boolean>;

  abstract begin(signIn: PendingSignIn): Promise<void>;
  /** Takes the sign-in of this state once: a second callback with it finds nothing. Expired ones are gone. */
  abstract take(state: string): Promise<PendingSignIn | null>;

  /** The account this identity of the organisation's provider was linked to. */
  abstract linkedUser(organisationId: string, subject: string): Promise<string | null>;
  abstract link(organisationId: string, subject: string, userId: string, manager: EntityManager): Promise<void>;

  /** The organisation's active accounts with this personal identity hash. */
  abstract accountsWithPersonalIdentity(organisationId: string, hash: string, manager?: EntityManager): Promise<string[]>;
  /** Sets or clears the hash of the organisation's account; false when it has no such account. */
  abstract setPersonalIdentity(organisationId: string, userId: string, hash: string | null, manager: EntityManager): Promise<boolean>;
}
