import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnrolmentPage, EnrolmentPages } from '../enrolment-pages';

@Injectable()
export class TypeormEnrolmentPages extends EnrolmentPages {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async page(cohortId: string, offset: number, limit: number): Promise<EnrolmentPage> {
    // One query whatever the page: the lateral join still yields the count when the page is past the end.
    const rows: {
      total: number; id: string | null; trainee_id: string; name: string; email: string;
      enrolled_at: Date; withdrawn_at: Date | null; withdrawal_reason: string | null;
    }[] = await this.db.query(
      `WITH active AS (
         SELECT e.id, e.trainee_id, u.name, u.email, e.enrolled_at, e.withdrawn_at, e.withdrawal_reason
           FROM enrolments e JOIN users u ON u.id = e.trainee_id
          WHERE e.cohort_id = $1 AND e.withdrawn_at IS NULL)
       SELECT (SELECT count(*)::int FROM active) AS total, p.*
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (SELECT * FROM active ORDER BY name, enrolled_at, id OFFSET $2 LIMIT $3) p ON true`,
      [cohortId, offset, limit],
    );
    return {
      total: rows[0]?.total ?? 0,
      enrolments: rows
        .filter((r) => r.id !== null)
        .map((r) => ({
          id: r.id as string,
          cohortId,
          traineeId: r.trainee_id,
          name: r.name,
          email: r.email,
          enrolledAt: r.enrolled_at,
          withdrawnAt: r.withdrawn_at,
          withdrawalReason: r.withdrawal_reason,
        })),
    };
  }
}
