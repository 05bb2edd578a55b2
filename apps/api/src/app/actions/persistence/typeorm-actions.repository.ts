import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActionsRepository } from '../actions.repository';

@Injectable()
export class TypeormActionsRepository extends ActionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async daysWithoutAttendance(cohortId: string, today: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS count
         FROM course_days d
        WHERE d.cohort_id = $1 AND d.date < $2
          AND EXISTS (
            SELECT 1 FROM enrolments e
             WHERE e.cohort_id = d.cohort_id AND e.withdrawn_at IS NULL
               -- Also a day held before she accepted her invitation: she may well have been there, and the leader records it.
               AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.course_day_id = d.id AND a.trainee_id = e.trainee_id))`,
      [cohortId, today],
    );
    return row.count;
  }

  async visitsToApprove(cohortId: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS count
         FROM study_visits v JOIN enrolments e ON e.id = v.enrolment_id
        WHERE e.cohort_id = $1 AND e.withdrawn_at IS NULL AND v.status = 'reflected'`,
      [cohortId],
    );
    return row.count;
  }

  async certified(courseId: string, version: number, traineeIds: string[]): Promise<Set<string>> {
    if (traineeIds.length === 0) return new Set();
    const rows: { trainee_id: string }[] = await this.db.query(
      `SELECT DISTINCT trainee_id FROM certificates
        WHERE course_id = $1 AND curriculum_version = $2 AND status IN ('valid', 'renewed') AND trainee_id = ANY($3::uuid[])`,
      [courseId, version, traineeIds],
    );
    return new Set(rows.map((r) => r.trainee_id));
  }
}
