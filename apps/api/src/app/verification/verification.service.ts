import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateStatus } from '@peer/contract';
import { extractAttachment } from '@peer/certificate-pdf';
import { buildStatusListCredential, encodeStatusList, issuerProfileDocument, signCredential, verifyCredential } from '@peer/credentials';
import type { CourseVersionContent } from '@peer/curriculum';
import { createHash } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { IssuerKeysService } from '../certification/issuer-keys.service';
import { CertificateEntity, ShareLinkEntity } from '../certification/persistence/certification.entities';
import { CohortRepository } from '../cohorts/cohort.repository';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PublicViews } from './public-views';

export interface PublicCertificate {
  code: string;
  status: CertificateStatus | 'expired';
  holderName: string;
  language: 'sv' | 'en';
  content: CourseVersionContent;
  version: number;
  issuedAt: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
  supersededByCode: string | null;
  issuerName: string;
}

export type UploadVerdict =
  | { kind: 'original'; certificate: PublicCertificate }
  | { kind: 'modified'; verified: boolean; errors: string[]; certificate: PublicCertificate | null }
  | { kind: 'unreadable' };

const STATUS_LIST_ID = 1;

interface LookupRow {
  id: string;
  code: string;
  status: CertificateStatus;
  holder_name: string;
  language: 'sv' | 'en';
  course_id: string;
  curriculum_version: number;
  issued_at: Date;
  valid_until: Date | null;
  revoked_at: Date | null;
  revocation_reason: string | null;
  superseded_by_code: string | null;
  issuer_name: string | null;
}

@Injectable()
export class VerificationService {
  private statusList?: { revision: string; credential: Promise<Record<string, unknown>> };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortRepository,
    private readonly keys: IssuerKeysService,
    private readonly views: PublicViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the certificate states and its status; null for an unknown code. One query: this is the hot public path. */
  async lookup(code: string): Promise<PublicCertificate | null> {
    const [row] = (await this.db.query(
      `SELECT c.id, c.code, c.status, c.holder_name, c.language, c.course_id, c.curriculum_version, c.issued_at, c.valid_until,
              c.revoked_at, c.revocation_reason, s.code AS superseded_by_code, c.credential->'issuer'->>'name' AS issuer_name
         FROM certificates c LEFT JOIN certificates s ON s.id = c.superseded_by
        WHERE c.code = $1`,
      [code],
    )) as LookupRow[];
    if (!row) return null;
    this.views.record('certificate.verify', 'certificate', row.id);
    const content = await this.cohorts.content({ id: '', name: '', courseId: row.course_id, version: row.curriculum_version });
    const expired = row.status === 'valid' && row.valid_until !== null && row.valid_until.getTime() < Date.now();
    return {
      code: row.code,
      status: expired ? 'expired' : row.status,
      holderName: row.holder_name,
      language: row.language,
      content,
      version: row.curriculum_version,
      issuedAt: row.issued_at,
      revokedAt: row.revoked_at,
      revocationReason: row.revocation_reason,
      supersededByCode: row.superseded_by_code,
      issuerName: row.issuer_name ?? '',
    };
  }

  /** The signed credential, as issued. */
  async credential(code: string): Promise<Record<string, unknown> | null> {
    const row = await this.db.getRepository(CertificateEntity).findOne({ where: { code }, select: { id: true, credential: true } });
    if (row) this.views.record('certificate.credential', 'certificate', row.id);
    return row?.credential ?? null;
  }

  async verifyUpload(pdf: Buffer): Promise<UploadVerdict> {
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const original = await this.db.getRepository(CertificateEntity).findOneBy({ pdfSha256: sha256 });
    if (original) {
      this.views.record('certificate.verify_upload', 'certificate', original.id, { original: true });
      return { kind: 'original', certificate: await this.toPublic(original) };
    }
    const json = extractAttachment(pdf);
    if (!json) return { kind: 'unreadable' };
    let credential: Record<string, unknown>;
    try {
      credential = JSON.parse(json) as Record<string, unknown>;
    } catch {
      return { kind: 'unreadable' };
    }
    const result = await verifyCredential(credential, {
      resolveKey: (id) => this.keys.resolve(id),
      isRevoked: (entry) => this.isRevoked(entry),
    });
    const code = typeof credential['id'] === 'string' ? credential['id'].split('/').at(-1) : undefined;
    const row = code ? await this.db.getRepository(CertificateEntity).findOneBy({ code }) : null;
    // Only a credential that verifies may point at our record.
    const certificate = result.verified && row ? await this.toPublic(row) : null;
    if (row) this.views.record('certificate.verify_upload', 'certificate', row.id, { original: false, verified: result.verified });
    return { kind: 'modified', verified: result.verified, errors: result.errors, certificate };
  }

  /** The signed Bitstring Status List; re-signed only when a revocation changed it. */
  async statusListCredential(): Promise<Record<string, unknown>> {
    const [{ revision }] = (await this.db.query(
      `SELECT count(*) || ':' || coalesce(max(revoked_at)::text, '-') AS revision FROM certificates WHERE status = 'revoked'`,
    )) as [{ revision: string }];
    if (this.statusList?.revision !== revision) {
      const credential = this.buildStatusList().catch((error: unknown) => {
        this.statusList = undefined;
        throw error;
      });
      this.statusList = { revision, credential };
    }
    return this.statusList.credential;
  }

  /** The issuer's profile, naming every key that may have signed (retired ones too). */
  async issuerProfile(): Promise<Record<string, unknown>> {
    const keys = await this.keys.publicKeys();
    return issuerProfileDocument(
      { id: this.keys.issuerId, name: this.config.issuer.name, url: this.config.publicUrl },
      keys.map((k) => this.keys.keyUrl(k.slug)),
    );
  }

  /** The certificates a trainee chose to share, by an unrevoked link. */
  async sharedRecord(token: string): Promise<{ holderName: string; certificates: PublicCertificate[] } | null> {
    const link = await this.db
      .getRepository(ShareLinkEntity)
      .findOne({ where: { tokenHash: createHash('sha256').update(token).digest('hex') }, relations: { trainee: true } });
    if (!link || link.revokedAt || !link.trainee) return null;
    const rows = await this.db.getRepository(CertificateEntity).find({ where: { traineeId: link.traineeId, status: In(['valid', 'revoked']) }, order: { issuedAt: 'DESC' } });
    this.views.record('share_link.view', 'share_link', link.id);
    return { holderName: link.trainee.name, certificates: await Promise.all(rows.map((row) => this.toPublic(row))) };
  }

  private async isRevoked(entry: { statusListCredential: string; statusListIndex: number }): Promise<boolean> {
    if (entry.statusListCredential !== `${this.config.publicUrl}/status/${STATUS_LIST_ID}`) return true;
    const row = await this.db.getRepository(CertificateEntity).findOne({ where: { statusIndex: entry.statusListIndex }, select: { status: true } });
    return row?.status === 'revoked';
  }

  private async buildStatusList(): Promise<Record<string, unknown>> {
    const revoked = (await this.db.getRepository(CertificateEntity).find({ where: { status: 'revoked' }, select: { statusIndex: true } })).map((r) => r.statusIndex);
    const encodedList = await encodeStatusList(revoked);
    const unsigned = buildStatusListCredential({
      id: `${this.config.publicUrl}/status/${STATUS_LIST_ID}`,
      issuer: this.keys.issuerId,
      validFrom: new Date().toISOString(),
      encodedList,
    });
    return signCredential(unsigned, await this.keys.activeKey());
  }

  private async toPublic(row: CertificateEntity): Promise<PublicCertificate> {
    const content = await this.cohorts.content({ id: '', name: '', courseId: row.courseId, version: row.version });
    const successor = row.supersededBy ? await this.db.getRepository(CertificateEntity).findOne({ where: { id: row.supersededBy }, select: { code: true } }) : null;
    const expired = row.status === 'valid' && row.validUntil !== null && row.validUntil.getTime() < Date.now();
    return {
      code: row.code,
      status: expired ? 'expired' : row.status,
      holderName: row.holderName,
      language: row.language,
      content,
      version: row.version,
      issuedAt: row.issuedAt,
      revokedAt: row.revokedAt,
      revocationReason: row.revocationReason,
      supersededByCode: successor?.code ?? null,
      issuerName: String((row.credential['issuer'] as { name?: string } | undefined)?.name ?? ''),
    };
  }
}
