import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NewShareLink, ShareLink, ShareLinkRepository } from '../share-link.repository';

interface Row {
  id: string;
  createdAt: Date;
  revokedAt: Date | null;
  certificateIds: string[];
  includeSupervision: boolean;
}

/** A certificate a link may name: the holder's own, valid (an expired one stays `valid` in storage) or renewed. */
const SHAREABLE = `status IN ('valid', 'renewed')`;

const SELECT = `SELECT l.id, l.created_at AS "createdAt", l.revoked_at AS "revokedAt", l.include_supervision AS "includeSupervision",
    COALESCE((SELECT array_agg(c.id ORDER BY c.issued_at DESC, c.id) FROM share_link_certificates s JOIN certificates c ON c.id = s.certificate_id
               WHERE s.share_link_id = l.id), '{}') AS "certificateIds"
  FROM share_links l`;

@Injectable()
export class TypeormShareLinkRepository extends ShareLinkRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  create(link: NewShareLink): Promise<ShareLink | null> {
    return this.db.transaction(async (manager) => {
      // Locked against a revocation or a renewal meanwhile: what she chose is what is stored.
      const shareable = (await manager.query(`SELECT id FROM certificates WHERE id = ANY($1::uuid[]) AND trainee_id = $2 AND ${SHAREABLE} FOR SHARE`, [
        link.certificateIds,
        link.traineeId,
      ])) as { id: string }[];
      if (shareable.length !== new Set(link.certificateIds).size) return null;
      const [{ id }] = (await manager.query(`INSERT INTO share_links (token_hash, trainee_id, include_supervision) VALUES ($1, $2, $3) RETURNING id`, [
        link.tokenHash,
        link.traineeId,
        link.includeSupervision,
      ])) as { id: string }[];
      await manager.query(`INSERT INTO share_link_certificates (share_link_id, certificate_id) SELECT $1, unnest($2::uuid[])`, [id, link.certificateIds]);
      const [row] = (await manager.query(`${SELECT} WHERE l.id = $1`, [id])) as Row[];
      return toLink(row);
    });
  }

  async list(traineeId: string, options: { includeRevoked: boolean }): Promise<ShareLink[]> {
    const rows = (await this.db.query(
      `${SELECT} WHERE l.trainee_id = $1 ${options.includeRevoked ? '' : 'AND l.revoked_at IS NULL'} ORDER BY l.created_at, l.id`,
      [traineeId],
    )) as Row[];
    return rows.map(toLink);
  }

  async revoke(traineeId: string, id: string, at: Date): Promise<boolean> {
    const [row] = (await this.db.query(
      `WITH changed AS (UPDATE share_links SET revoked_at = $3 WHERE id = $1 AND trainee_id = $2 AND revoked_at IS NULL RETURNING 1)
       SELECT count(*)::int AS affected FROM changed`,
      [id, traineeId, at],
    )) as { affected: number }[];
    return row?.affected === 1;
  }
}

function toLink(row: Row): ShareLink {
  return { id: row.id, createdAt: row.createdAt, revokedAt: row.revokedAt, certificateIds: row.certificateIds, includeSupervision: row.includeSupervision };
}
