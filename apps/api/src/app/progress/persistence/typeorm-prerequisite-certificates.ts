import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StoredStatus } from '@peer/certification';
import type { Text } from '@peer/curriculum/model';
import { DataSource } from 'typeorm';
import { PrerequisiteCertificates, StoredPrerequisiteCertificate } from '../prerequisite-certificates';

@Injectable()
export class TypeormPrerequisiteCertificates extends PrerequisiteCertificates {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async titles(courseIds: string[]): Promise<Map<string, Text>> {
    const rows: { course_id: string; title: Text }[] = await this.db.query(
      `SELECT DISTINCT ON (course_id) course_id, content->'course'->'title' AS title
         FROM curriculum_versions WHERE course_id = ANY($1) ORDER BY course_id, version DESC`,
      [courseIds],
    );
    return new Map(rows.map((r) => [r.course_id, r.title]));
  }

  async certificates(courseIds: string[], scope: { cohortId: string; traineeIds?: string[] }): Promise<StoredPrerequisiteCertificate[]> {
    const rows: { trainee_id: string; course_id: string; status: StoredStatus; valid_until: Date | null }[] = scope.traineeIds
      ? await this.db.query(
          `SELECT trainee_id, course_id, status, valid_until FROM certificates WHERE course_id = ANY($1) AND trainee_id = ANY($2::uuid[])`,
          [courseIds, scope.traineeIds],
        )
      : await this.db.query(
          `SELECT c.trainee_id, c.course_id, c.status, c.valid_until FROM certificates c
            WHERE c.course_id = ANY($1) AND c.trainee_id IN (SELECT e.trainee_id FROM enrolments e WHERE e.cohort_id = $2)`,
          [courseIds, scope.cohortId],
        );
    return rows.map((r) => ({ traineeId: r.trainee_id, courseId: r.course_id, status: r.status, validUntil: r.valid_until }));
  }
}
