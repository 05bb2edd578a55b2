import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseUnavailableError } from '../../health/database-availability';
import { ChainLink, PublicCertificateRepository, PublicRecord, SharedRecords } from '../public-certificate.repository';

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
  renewed_by_code: string | null;
  renews: string | null;
  issuer_name: string;
}

interface LinkRow {
  id: string;
  traineeId: string;
  holderName: string;
  includeSupervision: boolean;
  chosen: number;
}

/**
 * Only the small columns (the credential and the PDF are kilobytes), and the replacement's code in the same query.
 * Never the revocation note: it is the staff's internal record.
 */
const SELECT = `SELECT c.id, c.code, c.status, c.holder_name, c.language, c.course_id, c.curriculum_version, c.issued_at, c.valid_until,
                       c.revoked_at, c.revocation_code, n.code AS superseded_by_code, c.issuer_name, c.renews_certificate_id AS renews,
                       -- The link to the renewal only where it bears the same name: a page never ties an old name to a corrected one.
                       CASE WHEN c.status = 'renewed' THEN (SELECT r.code FROM certificates r WHERE r.renews_certificate_id = c.id
                                                               AND r.status <> 'revoked' AND r.holder_name = c.holder_name
                                                             ORDER BY r.issued_at DESC, r.id LIMIT 1) END AS renewed_by_code
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

  async renewalChain(id: string): Promise<ChainLink[]> {
    // Back along what each renews, forward along what renewed each (a corrected renewal renews the same one).
    const rows = (await this.db.query(
      `WITH RECURSIVE back (id, renews, depth) AS (
         SELECT id, renews_certificate_id, 0 FROM certificates WHERE id = $1
         UNION ALL
         SELECT c.id, c.renews_certificate_id, b.depth + 1 FROM back b JOIN certificates c ON c.id = b.renews WHERE b.depth < 100
       ), forward (id, depth) AS (
         SELECT id, 0 FROM certificates WHERE id = $1
         UNION ALL
         SELECT c.id, f.depth + 1 FROM forward f JOIN certificates c ON c.renews_certificate_id = f.id WHERE f.depth < 100
       )
       SELECT c.code, c.status, c.issued_at AS "issuedAt", c.valid_until AS "validUntil" FROM certificates c
        WHERE c.id IN (SELECT id FROM back UNION SELECT id FROM forward) AND c.status NOT IN ('revoked', 'superseded')
        ORDER BY c.issued_at, c.id`,
      [id],
    )) as ChainLink[];
    return rows;
  }

  async shared(tokenHash: string): Promise<SharedRecords | null> {
    const [link] = (await this.db.query(
      `SELECT l.id, l.trainee_id AS "traineeId", u.name AS "holderName", l.include_supervision AS "includeSupervision",
              (SELECT count(*)::int FROM share_link_certificates s WHERE s.share_link_id = l.id) AS chosen
         FROM share_links l JOIN users u ON u.id = l.trainee_id
        WHERE l.token_hash = $1 AND l.revoked_at IS NULL`,
      [tokenHash],
    )) as LinkRow[];
    if (!link) return null;
    // Forward from each chosen certificate along its renewals and replacements; a replaced one is not repeated.
    const rows = await this.query(
      `WITH RECURSIVE shown (id) AS (
         SELECT s.certificate_id FROM share_link_certificates s WHERE s.share_link_id = $1
         UNION
         SELECT n.id FROM shown JOIN certificates p ON p.id = shown.id JOIN certificates n ON n.renews_certificate_id = p.id OR n.id = p.superseded_by
       )
       ${SELECT} WHERE c.id IN (SELECT id FROM shown) AND c.trainee_id = $2 AND c.status <> 'superseded' ORDER BY c.issued_at DESC, c.id`,
      [link.id, link.traineeId],
    );
    return { linkId: link.id, traineeId: link.traineeId, holderName: link.holderName, chosen: link.chosen, includeSupervision: link.includeSupervision, records: rows.map(toRecord) };
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
    renewedByCode: row.renewed_by_code,
    renews: row.renews,
    issuerName: row.issuer_name,
  };
}
