import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Cohort, Enrolment } from '../cohort.repository';
import { ReachRepository, ReachScope } from '../reach.repository';

/**
 * The condition "the scope reaches this cohort / this trainee" as SQL, with its parameters
 * numbered from `next`. Every reach look-up is built from it, so the rule lives in one place.
 */
export function reachCondition(scope: ReachScope, columns: { cohortId: string; traineeId?: string }, next: number): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: [] };
    case 'organisation':
      return { sql: `EXISTS (SELECT 1 FROM cohorts reach_c WHERE reach_c.id = ${columns.cohortId} AND reach_c.organisation_id = $${next})`, params: [scope.organisationId] };
    case 'leader':
      return { sql: `EXISTS (SELECT 1 FROM cohort_leaders reach_l WHERE reach_l.cohort_id = ${columns.cohortId} AND reach_l.leader_id = $${next})`, params: [scope.userId] };
    case 'self':
      return columns.traineeId ? { sql: `${columns.traineeId} = $${next}`, params: [scope.userId] } : { sql: 'FALSE', params: [] };
  }
}

interface EnrolmentRow {
  id: string;
  cohort_id: string;
  trainee_id: string;
  name: string;
  email: string;
  enrolled_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

const ENROLMENT_COLUMNS = `e.id, e.cohort_id, e.trainee_id, u.name, u.email, e.enrolled_at, e.withdrawn_at, e.withdrawal_reason`;

@Injectable()
export class TypeormReachRepository extends ReachRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async cohort(scope: ReachScope, cohortId: string): Promise<Cohort | null> {
    const reach = reachCondition(scope, { cohortId: 'c.id' }, 2);
    const rows: { id: string; name: string; organisation_id: string; course_id: string; version: number }[] = await this.db.query(
      `SELECT c.id, c.name, c.organisation_id, c.course_id, c.curriculum_version AS version FROM cohorts c WHERE c.id = $1 AND ${reach.sql}`,
      [cohortId, ...reach.params],
    );
    const row = rows[0];
    return row ? { id: row.id, name: row.name, organisationId: row.organisation_id, courseId: row.course_id, version: row.version } : null;
  }

  async enrolment(scope: ReachScope, enrolmentId: string, cohortId?: string): Promise<Enrolment | null> {
    const reach = reachCondition(scope, { cohortId: 'e.cohort_id', traineeId: 'e.trainee_id' }, 3);
    const rows: EnrolmentRow[] = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS} FROM enrolments e JOIN users u ON u.id = e.trainee_id
        WHERE e.id = $1 AND ($2::uuid IS NULL OR e.cohort_id = $2) AND ${reach.sql}`,
      [enrolmentId, cohortId ?? null, ...reach.params],
    );
    return rows[0] ? toEnrolment(rows[0]) : null;
  }

  async traineeEnrolment(scope: ReachScope, cohortId: string, traineeId: string): Promise<Enrolment | null> {
    const reach = reachCondition(scope, { cohortId: 'e.cohort_id', traineeId: 'e.trainee_id' }, 3);
    const rows: EnrolmentRow[] = await this.db.query(
      `SELECT ${ENROLMENT_COLUMNS} FROM enrolments e JOIN users u ON u.id = e.trainee_id
        WHERE e.cohort_id = $1 AND e.trainee_id = $2 AND ${reach.sql}
        ORDER BY e.withdrawn_at IS NULL DESC, e.enrolled_at DESC LIMIT 1`,
      [cohortId, traineeId, ...reach.params],
    );
    return rows[0] ? toEnrolment(rows[0]) : null;
  }
}

function toEnrolment(row: EnrolmentRow): Enrolment {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    traineeId: row.trainee_id,
    name: row.name,
    email: row.email,
    enrolledAt: row.enrolled_at,
    withdrawnAt: row.withdrawn_at,
    withdrawalReason: row.withdrawal_reason,
  };
}
