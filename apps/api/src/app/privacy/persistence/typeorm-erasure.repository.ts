import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ErasureRequestState } from '@peer/contract';
import { DataSource, EntityManager } from 'typeorm';
import { ErasedPerson, ErasureRepository, ErasureRequest, PendingErasure, SHORTEST_NAME_TO_SCRUB } from '../erasure.repository';

interface RequestRow {
  id: string;
  trainee_id: string;
  status: ErasureRequestState;
  requested_at: Date;
  settled_at: Date | null;
  name?: string;
  email?: string;
}

@Injectable()
export class TypeormErasureRepository extends ErasureRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async request(traineeId: string): Promise<ErasureRequest> {
    await this.db.query(
      `INSERT INTO erasure_requests (trainee_id, status) VALUES ($1, 'pending') ON CONFLICT (trainee_id) WHERE status = 'pending' DO NOTHING`,
      [traineeId],
    );
    const pending = await this.pendingOf(traineeId);
    if (!pending) throw new Error('the erasure request vanished as it was made');
    return pending;
  }

  async pendingOf(traineeId: string): Promise<ErasureRequest | null> {
    const [row] = (await this.db.query(`SELECT * FROM erasure_requests WHERE trainee_id = $1 AND status = 'pending'`, [traineeId])) as RequestRow[];
    return row ? toRequest(row) : null;
  }

  async cancel(traineeId: string): Promise<boolean> {
    const [, affected] = (await this.db.query(
      `UPDATE erasure_requests SET status = 'cancelled', settled_at = now(), settled_by = $1 WHERE trainee_id = $1 AND status = 'pending' RETURNING id`,
      [traineeId],
    )) as [unknown[], number];
    return affected > 0;
  }

  async dataOf(traineeId: string): Promise<ErasureRequest[]> {
    const rows = (await this.db.query(`SELECT * FROM erasure_requests WHERE trainee_id = $1 ORDER BY requested_at`, [traineeId])) as RequestRow[];
    return rows.map(toRequest);
  }

  async pending(organisationId: string): Promise<PendingErasure[]> {
    const rows = (await this.db.query(
      `SELECT r.*, u.name, u.email FROM erasure_requests r JOIN users u ON u.id = r.trainee_id
        WHERE r.status = 'pending' AND u.erased_at IS NULL AND u.organisation_id = $1 ORDER BY r.requested_at, r.id`,
      [organisationId],
    )) as RequestRow[];
    return rows.map(toPending);
  }

  async findPending(id: string, organisationId: string): Promise<PendingErasure | null> {
    const [row] = (await this.db.query(
      `SELECT r.*, u.name, u.email FROM erasure_requests r JOIN users u ON u.id = r.trainee_id
        WHERE r.id = $1 AND r.status = 'pending' AND u.erased_at IS NULL AND u.organisation_id = $2`,
      [id, organisationId],
    )) as RequestRow[];
    return row ? toPending(row) : null;
  }

  erase(traineeId: string, pseudonym: string, actorId: string | null, within: (manager: EntityManager, person: ErasedPerson) => Promise<void>): Promise<ErasedPerson | null> {
    return this.db.transaction(async (manager) => {
      const runner = manager.queryRunner;
      if (!runner) throw new Error('an erasure runs in a transaction');
      const run = async (sql: string, params: unknown[] = []) => {
        const result = await runner.query(sql, params, true);
        return { records: (result.records ?? []) as Record<string, unknown>[], affected: result.affected };
      };
      const [user] = (await run(`SELECT id, name, email FROM users WHERE id = $1 AND role = 'trainee' AND erased_at IS NULL FOR UPDATE`, [traineeId])).records as {
        id: string;
        name: string;
        email: string;
      }[];
      if (!user) return null;
      // Lets the append-only triggers accept the scrubbing below, in this transaction only.
      await run(`SELECT set_config('peer.erasure', 'on', true)`);

      // Certificates: the valid ones are revoked at her request; none of them names her any more.
      const revoked = (await run(
        `UPDATE certificates SET status = 'revoked', revoked_at = now(), revocation_code = 'withdrawn-at-holders-request', revocation_note = NULL
          WHERE trainee_id = $1 AND status = 'valid'`,
        [traineeId],
      )).affected ?? 0;
      const codes = (await run(
        `UPDATE certificates SET holder_name = $2, credential = '{}'::jsonb, pdf = '\\x'::bytea, revocation_note = NULL WHERE trainee_id = $1 RETURNING code`,
        [traineeId, pseudonym],
      )).records.map((r) => r['code'] as string);
      await run(`DELETE FROM share_links WHERE trainee_id = $1`, [traineeId]);

      // Enrolments end; what was written about her or by her is cleared, the facts (dates, statuses) stay.
      const mine = `SELECT id FROM enrolments WHERE trainee_id = $1`;
      await run(`UPDATE enrolments SET withdrawn_at = coalesce(withdrawn_at, now()), withdrawal_reason = NULL WHERE trainee_id = $1`, [traineeId]);
      await run(`UPDATE attendance SET comment = NULL WHERE trainee_id = $1`, [traineeId]);
      await run(`UPDATE attendance_changes SET comment = NULL WHERE trainee_id = $1`, [traineeId]);
      await run(`UPDATE absence_notices SET reason = NULL WHERE trainee_id = $1`, [traineeId]);
      await run(`UPDATE make_ups SET note = NULL WHERE enrolment_id IN (${mine})`, [traineeId]);
      // Her make-up requests lose her words; open ones end, so no host cohort keeps her as a guest.
      await run(
        `UPDATE make_up_bookings SET request_note = NULL, status = CASE WHEN status IN ('requested', 'booked') THEN 'cancelled' ELSE status END WHERE enrolment_id IN (${mine})`,
        [traineeId],
      );
      await run(`DELETE FROM role_play_reflections WHERE attempt_id IN (SELECT id FROM role_play_attempts WHERE enrolment_id IN (${mine}))`, [traineeId]);
      await run(
        `UPDATE role_play_attempts SET overall_feedback = NULL,
                criteria = coalesce((SELECT jsonb_agg(c || '{"feedback": null}'::jsonb ORDER BY o) FROM jsonb_array_elements(criteria) WITH ORDINALITY AS x(c, o)), '[]'::jsonb)
          WHERE enrolment_id IN (${mine})`,
        [traineeId],
      );
      await run(`DELETE FROM host_confirmations WHERE study_visit_id IN (SELECT id FROM study_visits WHERE enrolment_id IN (${mine}))`, [traineeId]);
      await run(`DELETE FROM host_mails WHERE trainee_id = $1`, [traineeId]);
      await run(
        `UPDATE study_visits SET host_email = '', leader_comment = NULL, answers = CASE WHEN answers IS NULL THEN NULL ELSE '[]'::jsonb END WHERE enrolment_id IN (${mine})`,
        [traineeId],
      );
      await run(`DELETE FROM enrolment_invitations WHERE lower(email) = lower($2) OR enrolment_id IN (${mine})`, [traineeId, user.email]);
      // Supervision after placement: her reflections go and she leaves her groups; attended hours stay with the pseudonym.
      await run(`UPDATE supervision_attendance SET reflection = NULL WHERE trainee_id = $1`, [traineeId]);
      await run(`DELETE FROM supervision_group_members WHERE user_id = $1`, [traineeId]);

      // Access: no way in, no feed, no session.
      await run(`DELETE FROM sessions WHERE user_id = $1`, [traineeId]);
      await run(`DELETE FROM calendar_feeds WHERE owner_id = $1`, [traineeId]);
      await run(`DELETE FROM user_identities WHERE user_id = $1`, [traineeId]);

      // The audit trail keeps pointing at her id, whose row now carries the pseudonym; details that name her go.
      const needles = [user.email.toLowerCase(), ...(user.name.trim().length >= SHORTEST_NAME_TO_SCRUB ? [user.name.trim().toLowerCase()] : [])];
      await run(
        `UPDATE audit_events SET details = '{"scrubbed": "erasure"}'::jsonb
          WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) n WHERE strpos(lower(details::text), n) > 0)`,
        [needles],
      );

      await run(
        `UPDATE users SET name = $2, email = $3, password_hash = '!erased', must_change_password = false, personal_identity_hash = NULL, erased_at = now(), updated_at = now() WHERE id = $1`,
        [traineeId, pseudonym, `erased-${traineeId}@erased.invalid`],
      );
      await run(`UPDATE erasure_requests SET status = 'done', settled_at = now(), settled_by = $2 WHERE trainee_id = $1 AND status = 'pending'`, [traineeId, actorId]);
      const person: ErasedPerson = { id: traineeId, name: user.name, email: user.email, pseudonym, certificateCodes: codes, revoked };
      await within(manager, person);
      return person;
    });
  }

  async inactiveTrainees(cutoff: Date, limit: number): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT u.id FROM users u
        WHERE u.role = 'trainee' AND u.erased_at IS NULL AND u.created_at < $1
          AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.actor_id = u.id AND a.at >= $1)
          AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.trainee_id = u.id
                            AND (e.enrolled_at >= $1 OR e.withdrawn_at >= $1
                                 OR (e.withdrawn_at IS NULL AND EXISTS (SELECT 1 FROM course_days d WHERE d.cohort_id = e.cohort_id AND d.date >= $1::date))))
          AND NOT EXISTS (SELECT 1 FROM enrolment_invitations i WHERE i.email = u.email AND i.created_at >= $1)
          AND NOT EXISTS (SELECT 1 FROM make_up_bookings b JOIN enrolments e ON e.id = b.enrolment_id WHERE e.trainee_id = u.id AND b.requested_at >= $1)
          AND NOT EXISTS (SELECT 1 FROM supervision_attendance sa JOIN supervision_sessions ss ON ss.id = sa.session_id
                           WHERE sa.trainee_id = u.id AND sa.present AND ss.session_date >= $1::date)
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.trainee_id = u.id
                            AND (c.issued_at >= $1 OR c.revoked_at >= $1 OR (c.status = 'valid' AND c.valid_until >= $1)))
        ORDER BY u.created_at, u.id
        LIMIT $2`,
      [cutoff, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

function toRequest(row: RequestRow): ErasureRequest {
  return { id: row.id, traineeId: row.trainee_id, status: row.status, requestedAt: row.requested_at, settledAt: row.settled_at };
}

function toPending(row: RequestRow): PendingErasure {
  return { ...toRequest(row), name: row.name ?? '', email: row.email ?? '' };
}
