import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** An entry of a revocation status list, as a certificate carries it. */
export interface StatusEntry {
  list: number;
  index: number;
}

/** A list warns when this share of it is taken, and the next list opens at {@link ROLLOVER_AT}. */
export const WARN_AT = 0.9;
export const ROLLOVER_AT = 0.95;
/** The most entries a list holds: 16 KB of bits, the Bitstring Status List's minimum for herd privacy. */
export const STATUS_LIST_CAPACITY = 131072;
const CANDIDATES = 32;

/**
 * Hands out entries of the revocation status lists. An entry is taken only by
 * storing a certificate with it (a unique key on list + index), so a lost race
 * or a crash takes nothing. Indices are drawn at random, as the Bitstring
 * Status List specification recommends, so the position in a list tells
 * nothing about when or to whom a certificate was issued. Each issuer has lists
 * of its own (it signs them); list numbers are unique across issuers.
 */
@Injectable()
export class StatusLists {
  private readonly logger = new Logger(StatusLists.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A free entry of the issuer's newest list (`organisationId` null: the installation's), opening
   * its first list, or the next when the newest is (nearly) full.
   */
  async candidate(organisationId: string | null): Promise<StatusEntry> {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const [newest] = (await this.db.query(`SELECT id, capacity FROM status_lists WHERE organisation_id IS NOT DISTINCT FROM $1::uuid ORDER BY id DESC LIMIT 1`, [
        organisationId,
      ])) as { id: number; capacity: number }[];
      if (!newest) {
        await this.openFirst(organisationId);
        continue;
      }
      const [row] = (await this.db.query(
        `SELECT $2::int AS list, c.i AS index
           FROM (SELECT floor(random() * $3)::int AS i FROM generate_series(1, $1)) c
          WHERE NOT EXISTS (SELECT 1 FROM certificates x WHERE x.status_list = $2 AND x.status_index = c.i)
          LIMIT 1`,
        [CANDIDATES, newest.id, newest.capacity],
      )) as StatusEntry[];
      if (row) return row;
      // Only the list just found full is rolled over: one opened meanwhile is the next attempt's newest.
      await this.openAfter(this.db.manager, newest.id);
    }
    throw new Error('no free status list entry could be found');
  }

  /** The organisation whose list it is; null for the installation's. Undefined when there is no such list. */
  async organisationOf(list: number): Promise<string | null | undefined> {
    const [row] = (await this.db.query(`SELECT organisation_id FROM status_lists WHERE id = $1`, [list])) as { organisation_id: string | null }[];
    return row ? row.organisation_id : undefined;
  }

  /** Counts an entry as taken, inside the transaction that stored its certificate. */
  async taken(manager: EntityManager, list: number): Promise<void> {
    const [[row]] = (await manager.query(`UPDATE status_lists SET used = used + 1 WHERE id = $1 RETURNING used, capacity`, [list])) as [[{ used: number; capacity: number }]];
    await this.counted(list, row, manager);
  }

  /**
   * After an entry of `list` was taken (its count now `used`): warns as the list fills and
   * opens the next one before it is full. Opening is idempotent, so a crash between the
   * two only leaves it to the next certificate of the list.
   */
  async counted(list: number, { used, capacity }: { used: number; capacity: number }, manager: EntityManager = this.db.manager): Promise<void> {
    if (used === Math.ceil(capacity * WARN_AT)) {
      this.logger.warn(`revocation status list ${list} is ${Math.round(WARN_AT * 100)} % used (${used} of ${capacity}); list ${list + 1} opens at ${Math.round(ROLLOVER_AT * 100)} %`);
    }
    if (used >= Math.ceil(capacity * ROLLOVER_AT)) await this.openAfter(manager, list);
  }

  /** Indices of revoked certificates in one list. */
  async revokedIndices(list: number): Promise<number[]> {
    const rows = (await this.db.query(`SELECT status_index AS index FROM certificates WHERE status_list = $1 AND status = 'revoked'`, [list])) as { index: number }[];
    return rows.map((r) => r.index);
  }

  /** Changes whenever a revocation in the list does: the cache key of its signed form. */
  async revision(list: number): Promise<string> {
    const [{ revision }] = (await this.db.query(
      `SELECT count(*) || ':' || coalesce(max(revoked_at)::text, '-') AS revision FROM certificates WHERE status_list = $1 AND status = 'revoked'`,
      [list],
    )) as [{ revision: string }];
    return revision;
  }

  async exists(list: number): Promise<boolean> {
    const rows = (await this.db.query(`SELECT 1 FROM status_lists WHERE id = $1`, [list])) as unknown[];
    return rows.length > 0;
  }

  async isRevoked(entry: StatusEntry): Promise<boolean> {
    const rows = (await this.db.query(`SELECT status FROM certificates WHERE status_list = $1 AND status_index = $2`, [entry.list, entry.index])) as { status: string }[];
    return rows[0]?.status === 'revoked';
  }

  /**
   * The issuer's list after `list`, of the same capacity, numbered after every list there is.
   * Opened only while `list` is the issuer's newest, so two instances opening it at once make one;
   * a number taken by another issuer meanwhile leaves it to the next attempt.
   */
  private async openAfter(manager: EntityManager, list: number): Promise<void> {
    const created = (await manager.query(
      `INSERT INTO status_lists (id, capacity, organisation_id)
       SELECT (SELECT max(id) FROM status_lists) + 1, l.capacity, l.organisation_id FROM status_lists l
        WHERE l.id = $1 AND NOT EXISTS (SELECT 1 FROM status_lists n WHERE n.organisation_id IS NOT DISTINCT FROM l.organisation_id AND n.id > l.id)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [list],
    )) as { id: number }[];
    if (created[0]) this.logger.warn(`revocation status list ${created[0].id} opened`);
  }

  /** The issuer's first list; opened once however many instances ask. */
  private async openFirst(organisationId: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO status_lists (id, capacity, organisation_id)
       SELECT next, $2, $1::uuid FROM (SELECT coalesce(max(id), 0) + 1 AS next FROM status_lists) m
        WHERE NOT EXISTS (SELECT 1 FROM status_lists WHERE organisation_id IS NOT DISTINCT FROM $1::uuid)
       ON CONFLICT (id) DO NOTHING`,
      [organisationId, STATUS_LIST_CAPACITY],
    );
  }
}
