import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@peer/contract';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventRow, AuditFilter, AuditRepository, DataAccessRow, NewAuditEvent } from '../audit.repository';

/** Days of the filters are Swedish calendar days. */
const ZONE = 'Europe/Stockholm';
const STAFF_ROLES: Role[] = ['admin', 'course_leader'];
/**
 * The administrators' filters on `audit_events e`: $1 person, $2 actor, $3 action, $4 from, $5 to
 * (a null one matches all), and $6 the organisation: its staff's actions and what names its people.
 */
const FILTERS = `WHERE (EXISTS (SELECT 1 FROM users o WHERE o.id = e.actor_id AND o.organisation_id = $6::uuid)
               OR EXISTS (SELECT 1 FROM audit_event_people f JOIN users o ON o.id = f.person_id WHERE f.event_id = e.id AND o.organisation_id = $6::uuid))
          AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM audit_event_people f WHERE f.event_id = e.id AND f.person_id = $1::uuid))
          AND ($2::uuid IS NULL OR e.actor_id = $2::uuid)
          AND ($3::text IS NULL OR e.action = $3::text)
          AND ($4::date IS NULL OR e.at >= ($4::date)::timestamp AT TIME ZONE '${ZONE}')
          AND ($5::date IS NULL OR e.at < ($5::date + 1)::timestamp AT TIME ZONE '${ZONE}')`;

interface SearchRow {
  id: string;
  at: Date;
  action: string;
  subject_type: string;
  subject_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: Role | null;
  people: { id: string; name: string | null }[];
  people_count: number;
  total: number;
}

@Injectable()
export class TypeormAuditRepository extends AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async append(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager).query(
      `WITH event AS (
         INSERT INTO audit_events (actor_id, action, subject_type, subject_id, details) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id
       )
       INSERT INTO audit_event_people (event_id, person_id)
       SELECT event.id, person FROM event, unnest($6::uuid[]) AS person`,
      [event.actorId, event.action, event.subjectType, event.subjectId, JSON.stringify(event.details), event.people],
    );
  }

  async search(organisationId: string, filter: AuditFilter, page: { offset: number; limit: number }, peopleShown: number | null): Promise<{ rows: AuditEventRow[]; total: number }> {
    const rows: SearchRow[] = await this.db.query(
      `SELECT e.id::text AS id, e.at, e.action, e.subject_type, e.subject_id, e.actor_id, a.name AS actor_name, a.role AS actor_role,
              COALESCE(named.people, '[]'::json) AS people, COALESCE(named.people_count, 0)::int AS people_count,
              count(*) OVER ()::int AS total
         FROM audit_events e
         LEFT JOIN users a ON a.id = e.actor_id
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('id', q.person_id, 'name', q.name) ORDER BY q.rank) FILTER (WHERE $8::int IS NULL OR q.rank <= $8) AS people,
                  count(*) AS people_count
             FROM (SELECT p.person_id, u.name, row_number() OVER (ORDER BY u.name, p.person_id) AS rank
                     FROM audit_event_people p LEFT JOIN users u ON u.id = p.person_id
                    WHERE p.event_id = e.id) q
         ) named ON true
        ${FILTERS}
        ORDER BY e.at DESC, e.id DESC
        OFFSET $7 LIMIT $9`,
      [filter.person ?? null, filter.actor ?? null, filter.action ?? null, filter.from ?? null, filter.to ?? null, organisationId, page.offset, peopleShown, page.limit],
    );
    const total = rows[0]?.total ?? (page.offset > 0 ? await this.count(organisationId, filter) : 0);
    return {
      total,
      rows: rows.map((row) => ({
        id: row.id,
        at: row.at,
        action: row.action,
        actor: row.actor_id && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name, role: row.actor_role as Role } : null,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        people: row.people.map((p) => ({ id: p.id, name: p.name ?? '' })),
        peopleCount: row.people_count,
      })),
    };
  }

  async staffAccessTo(personId: string, page: { offset: number; limit: number }): Promise<{ rows: DataAccessRow[]; total: number }> {
    const where = `p.person_id = $1 AND e.actor_id <> $1 AND a.role = ANY($2::text[])`;
    const rows: { id: string; at: Date; action: string; name: string; role: Role; total: number }[] = await this.db.query(
      `SELECT e.id::text AS id, e.at, e.action, a.name, a.role, count(*) OVER ()::int AS total
         FROM audit_event_people p
         JOIN audit_events e ON e.id = p.event_id
         JOIN users a ON a.id = e.actor_id
        WHERE ${where}
        ORDER BY e.at DESC, e.id DESC
        OFFSET $3 LIMIT $4`,
      [personId, STAFF_ROLES, page.offset, page.limit],
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && page.offset > 0) {
      const [counted] = await this.db.query(
        `SELECT count(*)::int AS total FROM audit_event_people p JOIN audit_events e ON e.id = p.event_id JOIN users a ON a.id = e.actor_id WHERE ${where}`,
        [personId, STAFF_ROLES],
      );
      total = counted.total;
    }
    return { total, rows: rows.map((row) => ({ id: row.id, at: row.at, action: row.action, staff: { name: row.name, role: row.role } })) };
  }

  /** The number of matches when the page asked for lies past the last one. */
  private async count(organisationId: string, filter: AuditFilter): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS total FROM audit_events e ${FILTERS}`,
      [filter.person ?? null, filter.actor ?? null, filter.action ?? null, filter.from ?? null, filter.to ?? null, organisationId],
    );
    return row.total;
  }
}
