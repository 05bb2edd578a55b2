import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ShareLinkEntity } from '../../certification/persistence/certification.entities';
import { DatabaseUnavailableError } from '../../health/database-availability';
import { PublicCertificateRepository, PublicRecord } from '../public-certificate.repository';

interface Row {
  id: string;
  code: string;
  status: PublicRecord['status'];
  holder_name: string;
  language: PublicRecord['language'];
  course_id: string;
  curriculum_version: number;
  issued_at: Date;
  valid_until: Date | null;
  revoked_at: Date | null;
  revocation_code: PublicRecord['revocationCode'];
  superseded_by_code: string | null;
  issuer_name: string;
}

/**
 * Only the small columns (the credential and the PDF are kilobytes), and the replacement's code in the same query.
 * Never the revocation note: it is the staff's internal record.
 */
const SELECT = `SELECT c.id, c.code, c.status, c.holder_name, c.language, c.course_id, c.curriculum_version, c.issued_at, c.valid_until,
                       c.revoked_at, c.revocation_code, n.code AS superseded_by_code, c.issuer_name
                  FROM certificates c LEFT JOIN certificates n ON n.id = c.superseded_by`;

@Injectable()
export class TypeormPublicCertificateRepository extends PublicCertificateRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async byCode(code: string): Promise<PublicRecord | null> {
    const [row] = await this.query(`${SELECT} WHERE c.code = $1`, [code]);
    return row ? toRecord(row) : null;
  }

  async byPdfHash(sha256: string): Promise<PublicRecord | null> {
    const [row] = await this.query(`${SELECT} WHERE c.pdf_sha256 = $1 LIMIT 1`, [sha256]);
    return row ? toRecord(row) : null;
  }

  async credential(code: string): Promise<{ id: string; credential: Record<string, unknown> } | null> {
    // An erased holder's credential is withheld: it named her.
    const [row] = (await this.db.query(
      `SELECT c.id, c.credential FROM certificates c JOIN users u ON u.id = c.trainee_id WHERE c.code = $1 AND u.erased_at IS NULL`,
      [code],
    )) as { id: string; credential: Record<string, unknown> }[];
    return row ?? null;
  }

  async shared(tokenHash: string): Promise<{ linkId: string; holderName: string; records: PublicRecord[] } | null> {
    const link = await this.db.getRepository(ShareLinkEntity).findOne({ where: { tokenHash }, relations: { trainee: true } });
    if (!link || link.revokedAt || !link.trainee) return null;
    const rows = await this.query(`${SELECT} WHERE c.trainee_id = $1 AND c.status IN ('valid', 'revoked') ORDER BY c.issued_at DESC`, [link.traineeId]);
    return { linkId: link.id, holderName: link.trainee.name, records: rows.map(toRecord) };
  }

  /** Straight on the driver's pool: the verify page is the busiest public read and needs none of the ORM's per-query work. */
  private async query(sql: string, params: unknown[]): Promise<Row[]> {
    const pool = (this.db.driver as unknown as { master?: { query(sql: string, params: unknown[]): Promise<{ rows: Row[] }> } }).master;
    if (!pool || !this.db.isInitialized) throw new DatabaseUnavailableError();
    return (await pool.query(sql, params)).rows;
  }
}

function toRecord(row: Row): PublicRecord {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    holderName: row.holder_name,
    language: row.language,
    courseId: row.course_id,
    version: row.curriculum_version,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    revocationCode: row.revocation_code,
    supersededByCode: row.superseded_by_code,
    issuerName: row.issuer_name,
  };
}
