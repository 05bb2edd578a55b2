import { HttpStatus, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateIssuerKey, IssuerKey, publicKeyDocument } from '@peer/credentials';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { FieldConflictError } from '../common/error.filter';
import { APP_CONFIG, AppConfig } from '../config/config';
import { IssuerKeyEntity } from './persistence/certification.entities';
import { Issuer, Issuers } from './issuers';
import { PublicUrls } from './public-urls';

/** Stable codes of the two ways the signing key can be out of reach; clients and runbooks match on them. */
export const IssuerKeyErrorCodes = {
  secretMissing: 'issuer.key-secret-missing',
  secretMismatch: 'issuer.key-secret-mismatch',
} as const;

/**
 * The signing key exists but cannot be used: a configuration fault, not a bug,
 * so callers get 503 with a stable code (as the `rule` of the ISSUER_KEY_SECRET
 * field) instead of a 500, and nothing is signed with a key made up on the spot.
 */
export class IssuerKeyUnavailableError extends FieldConflictError {
  constructor(readonly code: (typeof IssuerKeyErrorCodes)[keyof typeof IssuerKeyErrorCodes], message: string) {
    super([{ field: 'ISSUER_KEY_SECRET', rule: code, message }], HttpStatus.SERVICE_UNAVAILABLE);
  }
}

/** AES-256-GCM under a key derived from the secret; stored as iv.tag.ciphertext in base64url. */
export function encryptIssuerSecretKey(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cipherKey(secret), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/** The plain secret key, or null when `secret` is not the one it was encrypted under (GCM authentication fails). */
export function decryptIssuerSecretKey(stored: string, secret: string): string | null {
  const [iv, tag, body] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', cipherKey(secret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

function cipherKey(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/**
 * Whether the database at `url` already holds issuer keys: then a missing key
 * secret must be found, never replaced by a new one. Read before the app (and
 * its migrations) start, so a database without the table holds none.
 */
export async function holdsIssuerKeys(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string | null }>(`SELECT to_regclass('public.issuer_keys')::text AS table`);
    if (!rows[0]?.table) return false;
    const { rowCount } = await client.query('SELECT 1 FROM issuer_keys LIMIT 1');
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/**
 * Every issuer's Ed25519 keys: each organisation's, and the installation's that signed the
 * certificates of before. Secret keys are stored encrypted (AES-256-GCM under
 * ISSUER_KEY_SECRET); rotating retires an issuer's current key but keeps it published, so
 * certificates signed with it still verify.
 */
@Injectable()
export class IssuerKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger(IssuerKeysService.name);
  private readonly active = new Map<string, Promise<IssuerKey>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly urls: PublicUrls,
    private readonly issuers: Issuers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Says at start, not at the first certificate, when the stored signing key is out of reach. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const [{ table }] = (await this.db.query(`SELECT to_regclass('public.issuer_keys')::text AS table`)) as [{ table: string | null }];
      if (!table) return; // not migrated yet
      const current = await this.db.getRepository(IssuerKeyEntity).findOne({ where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
      if (current) this.decrypt(current);
    } catch (error) {
      if (error instanceof IssuerKeyUnavailableError) this.logger.error(`${error.code}: ${error.message} ${this.secretHint()}`);
      else this.logger.warn(`could not check the issuer signing key at start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The key the issuer signs with now; created on first use. */
  activeKey(issuer: Issuer): Promise<IssuerKey> {
    const cacheKey = issuer.organisationId ?? '';
    let active = this.active.get(cacheKey);
    if (!active) {
      active = this.loadOrCreate(issuer).catch((error: unknown) => {
        this.active.delete(cacheKey);
        throw error;
      });
      this.active.set(cacheKey, active);
    }
    return active;
  }

  /** Retires the issuer's current key and makes a new one; answers the new key's id. */
  async rotate(issuer: Issuer): Promise<string> {
    const created = await this.db.transaction(async (manager) => {
      await this.lock(manager, issuer);
      await manager.update(IssuerKeyEntity, { organisationId: issuer.organisationId ?? IsNull(), retiredAt: IsNull() }, { retiredAt: new Date() });
      return this.create(manager.getRepository(IssuerKeyEntity), issuer);
    });
    this.active.delete(issuer.organisationId ?? '');
    return created.keyId;
  }

  /** The ids of every key the issuer ever used, newest first. */
  async keyIds(issuer: Issuer): Promise<string[]> {
    const rows = await this.db.getRepository(IssuerKeyEntity).find({ where: { organisationId: issuer.organisationId ?? IsNull() }, order: { createdAt: 'DESC' } });
    return rows.map((row) => row.id);
  }

  /** The issuer's key as a published verification method; null when the key is not the issuer's. */
  async publicKey(issuer: Issuer, keyId: string): Promise<Record<string, unknown> | null> {
    const row = await this.db.getRepository(IssuerKeyEntity).findOneBy({ id: keyId, organisationId: issuer.organisationId ?? IsNull() });
    return row ? publicKeyDocument({ id: this.urls.key(row.id, issuer.slug), controller: this.urls.issuer(issuer.slug), publicKeyMultibase: row.publicKeyMultibase }) : null;
  }

  /** Resolves a verification method URL of ours to its public key document. */
  async resolve(verificationMethod: string): Promise<Record<string, unknown> | null> {
    const named = this.urls.keyOf(verificationMethod);
    if (!named) return null;
    const issuer = named.slug === null ? this.issuers.installation() : await this.issuers.bySlug(named.slug);
    return issuer ? this.publicKey(issuer, named.keyId) : null;
  }

  private async loadOrCreate(issuer: Issuer): Promise<IssuerKey> {
    const row = await this.db.transaction(async (manager) => {
      await this.lock(manager, issuer);
      const current = await manager.findOne(IssuerKeyEntity, { where: { organisationId: issuer.organisationId ?? IsNull(), retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
      return current ?? (await this.create(manager.getRepository(IssuerKeyEntity), issuer)).row;
    });
    return {
      id: this.urls.key(row.id, issuer.slug),
      controller: this.urls.issuer(issuer.slug),
      publicKeyMultibase: row.publicKeyMultibase,
      secretKeyMultibase: this.decrypt(row),
    };
  }

  /** Serialises key changes of one issuer across instances. */
  private async lock(manager: EntityManager, issuer: Issuer): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`peer-issuer-key:${issuer.organisationId ?? ''}`]);
  }

  private async create(repository: Repository<IssuerKeyEntity>, issuer: Issuer): Promise<{ keyId: string; row: IssuerKeyEntity }> {
    const keyId = `k-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
    const key = await generateIssuerKey(this.urls.issuer(issuer.slug), this.urls.key(keyId, issuer.slug));
    const row = await repository.save(
      repository.create({
        id: keyId,
        organisationId: issuer.organisationId,
        publicKeyMultibase: key.publicKeyMultibase,
        secretKeyEncrypted: encryptIssuerSecretKey(key.secretKeyMultibase, this.secret()),
      }),
    );
    return { keyId, row };
  }

  // The answers stay generic (they reach anonymous callers of /status/1); the start log says where the secret belongs.
  private secret(): string {
    const secret = this.config.issuer.keySecret;
    if (!secret) {
      throw new IssuerKeyUnavailableError(IssuerKeyErrorCodes.secretMissing, 'Certificates cannot be signed: no issuer key secret is configured.');
    }
    return secret;
  }

  private decrypt(row: IssuerKeyEntity): string {
    const plain = decryptIssuerSecretKey(row.secretKeyEncrypted, this.secret());
    if (plain === null) {
      throw new IssuerKeyUnavailableError(
        IssuerKeyErrorCodes.secretMismatch,
        `Certificates cannot be signed: the issuer key secret does not decrypt the signing key ${row.id}.`,
      );
    }
    return plain;
  }

  private secretHint(): string {
    const where = this.config.databaseUrl ? 'ISSUER_KEY_SECRET' : `ISSUER_KEY_SECRET or the file ${this.config.dataDir}/issuer-key-secret`;
    return `Restore the secret the keys were stored with (${where}) and restart; a new secret would not open the existing keys.`;
  }
}
