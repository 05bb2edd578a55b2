import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { IdentityProvider, IdentityProviderRepository, PendingSignIn, ProviderSettings } from '../identity-provider.repository';

const SELECT = `SELECT p.organisation_id AS "organisationId", o.slug, o.name, p.issuer, p.client_id AS "clientId", p.client_secret_encrypted AS "clientSecretEncrypted",
  p.identity_claim AS "identityClaim", p.identity_scope AS "identityScope"
  FROM identity_providers p JOIN organisations o ON o.id = p.organisation_id`;

@Injectable()
export class TypeormIdentityProviderRepository extends IdentityProviderRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  list(): Promise<IdentityProvider[]> {
    return this.db.query(`${SELECT} ORDER BY o.name, o.id`);
  }

  async bySlug(slug: string): Promise<IdentityProvider | null> {
    const [row] = (await this.db.query(`${SELECT} WHERE o.slug = $1`, [slug])) as IdentityProvider[];
    return row ?? null;
  }

  async ofOrganisation(organisationId: string): Promise<IdentityProvider | null> {
    const [row] = (await this.db.query(`${SELECT} WHERE p.organisation_id = $1`, [organisationId])) as IdentityProvider[];
    return row ?? null;
  }

  async save(provider: ProviderSettings): Promise<void> {
    await this.db.query(
      `INSERT INTO identity_providers (organisation_id, issuer, client_id, client_secret_encrypted, identity_claim, identity_scope) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organisation_id) DO UPDATE SET issuer = $2, client_id = $3, client_secret_encrypted = $4, identity_claim = $5, identity_scope = $6, updated_at = now()`,
      [provider.organisationId, provider.issuer, provider.clientId, provider.clientSecretEncrypted, provider.identityClaim, provider.identityScope],
    );
  }

  async remove(organisationId: string): Promise<boolean> {
    const [, affected] = (await this.db.query(`DELETE FROM identity_providers WHERE organisation_id = $1`, [organisationId])) as [unknown, number];
    return affected > 0;
  }

  async begin(signIn: PendingSignIn): Promise<void> {
    // Abandoned sign-ins go as new ones begin: the table holds minutes of them at most.
    await this.db.query(`DELETE FROM sign_ins WHERE expires_at <= now()`);
    await this.db.query(`INSERT INTO sign_ins (state, organisation_id, code_verifier, nonce, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      signIn.state,
      signIn.organisationId,
      signIn.codeVerifier,
      signIn.nonce,
      signIn.expiresAt,
    ]);
  }

  async take(state: string): Promise<PendingSignIn | null> {
    const [rows] = (await this.db.query(
      `DELETE FROM sign_ins WHERE state = $1 RETURNING state, organisation_id AS "organisationId", code_verifier AS "codeVerifier", nonce, expires_at AS "expiresAt"`,
      [state],
    )) as [PendingSignIn[], number];
    const signIn = rows[0];
    return signIn && new Date(signIn.expiresAt).getTime() > Date.now() ? signIn : null;
  }

  async linkedUser(organisationId: string, subject: string): Promise<string | null> {
    const [row] = (await this.db.query(`SELECT user_id FROM user_identities WHERE organisation_id = $1 AND subject = $2`, [organisationId, subject])) as { user_id: string }[];
    return row?.user_id ?? null;
  }

  async link(organisationId: string, subject: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO user_identities (organisation_id, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [organisationId, subject, userId]);
  }

  async accountsWithPersonalIdentity(organisationId: string, hash: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND personal_identity_hash = $2 AND deactivated_at IS NULL AND erased_at IS NULL`,
      [organisationId, hash],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async setPersonalIdentity(organisationId: string, userId: string, hash: string | null, manager: EntityManager): Promise<boolean> {
    const [, affected] = (await manager.query(`UPDATE users SET personal_identity_hash = $3, updated_at = now() WHERE id = $1 AND organisation_id = $2 AND erased_at IS NULL`, [
      userId,
      organisationId,
      hash,
    ])) as [unknown, number];
    return affected > 0;
  }
}
