import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateIssuerKey, IssuerKey, publicKeyDocument } from '@peer/credentials';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { IssuerKeyEntity } from './persistence/certification.entities';

/**
 * The issuer's Ed25519 keys. Secret keys are stored encrypted (AES-256-GCM
 * under ISSUER_KEY_SECRET); rotating retires the current key but keeps it
 * published, so certificates signed with it still verify.
 */
@Injectable()
export class IssuerKeysService {
  private active?: Promise<IssuerKey>;

  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get issuerId(): string {
    return `${this.config.publicUrl}/issuer`;
  }

  keyUrl(slug: string): string {
    return `${this.config.publicUrl}/issuer/keys/${slug}`;
  }

  /** The key new certificates are signed with; created on first use. */
  activeKey(): Promise<IssuerKey> {
    this.active ??= this.loadOrCreate().catch((error: unknown) => {
      this.active = undefined;
      throw error;
    });
    return this.active;
  }

  async rotate(): Promise<string> {
    const created = await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['peer-issuer-key']);
      await manager.update(IssuerKeyEntity, { retiredAt: IsNull() }, { retiredAt: new Date() });
      return this.create(manager.getRepository(IssuerKeyEntity));
    });
    this.active = undefined;
    return created.slug;
  }

  /** Every key ever used, newest first, as published verification methods. */
  async publicKeys(): Promise<{ slug: string; document: Record<string, unknown>; retiredAt: Date | null }[]> {
    const rows = await this.db.getRepository(IssuerKeyEntity).find({ order: { createdAt: 'DESC' } });
    return rows.map((row) => ({ slug: row.id, document: this.document(row), retiredAt: row.retiredAt }));
  }

  async publicKey(slug: string): Promise<Record<string, unknown> | null> {
    const row = await this.db.getRepository(IssuerKeyEntity).findOneBy({ id: slug });
    return row ? this.document(row) : null;
  }

  /** Resolves a verification method URL of ours to its public key document. */
  async resolve(verificationMethod: string): Promise<Record<string, unknown> | null> {
    const prefix = `${this.config.publicUrl}/issuer/keys/`;
    return verificationMethod.startsWith(prefix) ? this.publicKey(verificationMethod.slice(prefix.length)) : null;
  }

  private document(row: IssuerKeyEntity): Record<string, unknown> {
    return publicKeyDocument({ id: this.keyUrl(row.id), controller: this.issuerId, publicKeyMultibase: row.publicKeyMultibase });
  }

  private async loadOrCreate(): Promise<IssuerKey> {
    const row = await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['peer-issuer-key']);
      const current = await manager.findOne(IssuerKeyEntity, { where: { retiredAt: IsNull() }, order: { createdAt: 'DESC' } });
      return current ?? (await this.create(manager.getRepository(IssuerKeyEntity))).row;
    });
    return {
      id: this.keyUrl(row.id),
      controller: this.issuerId,
      publicKeyMultibase: row.publicKeyMultibase,
      secretKeyMultibase: this.decrypt(row.secretKeyEncrypted),
    };
  }

  private async create(repository: Repository<IssuerKeyEntity>): Promise<{ slug: string; row: IssuerKeyEntity }> {
    const slug = `k-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
    const key = await generateIssuerKey(this.issuerId, this.keyUrl(slug));
    const row = await repository.save(
      repository.create({ id: slug, publicKeyMultibase: key.publicKeyMultibase, secretKeyEncrypted: this.encrypt(key.secretKeyMultibase) }),
    );
    return { slug, row };
  }

  private cipherKey(): Buffer {
    const secret = this.config.issuer.keySecret;
    if (!secret) throw new ServiceUnavailableException('ISSUER_KEY_SECRET is not configured: certificates cannot be signed');
    return createHash('sha256').update(secret).digest();
  }

  private encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cipherKey(), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  private decrypt(stored: string): string {
    const [iv, tag, body] = stored.split('.').map((part) => Buffer.from(part, 'base64url')) as [Buffer, Buffer, Buffer];
    const decipher = createDecipheriv('aes-256-gcm', this.cipherKey(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
