import type { DataExportEnrolment } from '@peer/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Cohort, CohortRepository, NewCohort, CohortSummary, CourseDay, Enrolment } from '../cohort.repository';
import { CohortEntity, CohortLeaderEntity, CourseDayEntity, EnrolmentEntity } from './cohort.entities';

@Injectable()
export class TypeormCohortRepository extends CohortRepository {

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  create(cohort: NewCohort, leaderIds: string[], createdBy: string): Promise<Cohort> {
    return this.db.transaction(async (manager) => {
      const row = await manager.save(manager.create(CohortEntity, { ...cohort, createdBy }));
      if (leaderIds.length > 0) {
        await manager.insert(CohortLeaderEntity, leaderIds.map((leaderId) => ({ cohortId: row.id, leaderId })));
      }
      return toCohort(row);
    });
  }

  async exists(id: string): Promise<boolean> {
    return this.db.getRepository(CohortEntity).exists({ where: { id } });
  }

  async find(id: string): Promise<Cohort | null> {
    const row = await this.db.getRepository(CohortEntity).findOneBy({ id });
    return row ? toCohort(row) : null;
  }

  isLeader(cohortId: string, userId: string): Promise<boolean> {
    return this.db.getRepository(CohortLeaderEntity).exists({ where: { cohortId, leaderId: userId } });
  }

  async summaries(filter: { organisationId?: string; leaderId?: string; ids?: string[] }): Promise<CohortSummary[]> {
    const rows: {
      id: string; name: string; organisation_id: string; course_id: string; version: number; leaders: { id: string; name: string }[] | null;
      trainee_count: number; scheduled_days: number; first_date: string | null; last_date: string | null;
    }[] = await this.db.query(
      `SELECT c.id, c.name, c.organisation_id, c.course_id, c.curriculum_version AS version,
              (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name)
                 FROM cohort_leaders l JOIN users u ON u.id = l.leader_id WHERE l.cohort_id = c.id) AS leaders,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.withdrawn_at IS NULL) AS trainee_count,
              (SELECT count(*)::int FROM course_days d WHERE d.cohort_id = c.id) AS scheduled_days,
              (SELECT min(d.date)::text FROM course_days d WHERE d.cohort_id = c.id) AS first_date,
              (SELECT max(d.date)::text FROM course_days d WHERE d.cohort_id = c.id) AS last_date
         FROM cohorts c
        WHERE ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM cohort_leaders l WHERE l.cohort_id = c.id AND l.leader_id = $1))
          AND ($2::uuid[] IS NULL OR c.id = ANY($2))
          AND ($3::uuid IS NULL OR c.organisation_id = $3)
        ORDER BY first_date NULLS LAST, c.name`,
      [filter.leaderId ?? null, filter.ids ?? null, filter.organisationId ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      organisationId: r.organisation_id,
      courseId: r.course_id,
      version: r.version,
      leaders: r.leaders ?? [],
      traineeCount: r.trainee_count,
      scheduledDays: r.scheduled_days,
      firstDate: r.first_date,
      lastDate: r.last_date,
    }));
  }

  setLeaders(cohortId: string, leaderIds: string[]): Promise<void> {
    return this.db.transaction(async (manager) => {
      await manager.delete(CohortLeaderEntity, { cohortId });
      await manager.insert(CohortLeaderEntity, leaderIds.map((leaderId) => ({ cohortId, leaderId })));
    });
  }

  async days(cohortId: string): Promise<CourseDay[]> {
    const rows = await this.db.getRepository(CourseDayEntity).find({ where: { cohortId }, order: { dayNumber: 'ASC' } });
    return rows.map(toDay);
  }

  async day(cohortId: string, dayNumber: number): Promise<CourseDay | null> {
    const row = await this.db.getRepository(CourseDayEntity).findOneBy({ cohortId, dayNumber });
    return row ? toDay(row) : null;
  }

  async dayById(id: string): Promise<CourseDay | null> {
    const row = await this.db.getRepository(CourseDayEntity).findOneBy({ id });
    return row ? toDay(row) : null;
  }

  async scheduleDay(day: Omit<CourseDay, 'id'>): Promise<CourseDay> {
    await this.db.getRepository(CourseDayEntity).upsert(day, ['cohortId', 'dayNumber']);
    return (await this.day(day.cohortId, day.dayNumber)) as CourseDay;
  }

  async enrolments(cohortId: string): Promise<Enrolment[]> {
    const rows = await this.db
      .getRepository(EnrolmentEntity)
      .find({ where: { cohortId }, relations: { trainee: true }, order: { trainee: { name: 'ASC' }, enrolledAt: 'ASC' } });
    return rows.map(toEnrolment);
  }

  async enrolment(id: string): Promise<Enrolment | null> {
    const row = await this.db.getRepository(EnrolmentEntity).findOne({ where: { id }, relations: { trainee: true } });
    return row ? toEnrolment(row) : null;
  }

  async dataOf(traineeId: string): Promise<DataExportEnrolment[]> {
    const rows = (await this.db.query(
      `SELECT e.id, e.cohort_id, c.name AS cohort_name, c.course_id, c.curriculum_version, e.enrolled_at, e.withdrawn_at, e.withdrawal_reason
         FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.trainee_id = $1 ORDER BY e.enrolled_at`,
      [traineeId],
    )) as { id: string; cohort_id: string; cohort_name: string; course_id: string; curriculum_version: number; enrolled_at: Date; withdrawn_at: Date | null; withdrawal_reason: string | null }[];
    return rows.map((r) => ({
      id: r.id,
      cohortId: r.cohort_id,
      cohortName: r.cohort_name,
      courseId: r.course_id,
      courseVersion: r.curriculum_version,
      enrolledAt: r.enrolled_at.toISOString(),
      withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
      withdrawalReason: r.withdrawal_reason,
    }));
  }

  async enrolmentsOf(traineeId: string): Promise<Enrolment[]> {
    const rows = await this.db
      .getRepository(EnrolmentEntity)
      .find({ where: { traineeId, withdrawnAt: IsNull() }, relations: { trainee: true }, order: { enrolledAt: 'ASC' } });
    return rows.map(toEnrolment);
  }

  async withdraw(enrolmentId: string, reason: string): Promise<void> {
    await this.db.getRepository(EnrolmentEntity).update({ id: enrolmentId, withdrawnAt: IsNull() }, { withdrawnAt: new Date(), withdrawalReason: reason });
  }
}

function toCohort(row: CohortEntity): Cohort {
  return { id: row.id, name: row.name, organisationId: row.organisationId, courseId: row.courseId, version: row.version };
}

function toDay(row: CourseDayEntity): CourseDay {
  return {
    id: row.id,
    cohortId: row.cohortId,
    dayNumber: row.dayNumber,
    date: row.date,
    startTime: row.startTime.slice(0, 5),
    endTime: row.endTime.slice(0, 5),
    place: row.place,
  };
}

function toEnrolment(row: EnrolmentEntity): Enrolment {
  return {
    id: row.id,
    cohortId: row.cohortId,
    traineeId: row.traineeId,
    name: row.trainee?.name ?? '',
    email: row.trainee?.email ?? '',
    enrolledAt: row.enrolledAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalReason: row.withdrawalReason,
  };
}
