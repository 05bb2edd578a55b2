import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { Cohort, CohortRepository, CohortSummary, CourseDay, Enrolment, NewTrainee } from '../cohort.repository';
import { CohortEntity, CohortLeaderEntity, CourseDayEntity, EnrolmentEntity } from './cohort.entities';

@Injectable()
export class TypeormCohortRepository extends CohortRepository {

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  create(cohort: Omit<Cohort, 'id'>, leaderIds: string[], createdBy: string): Promise<Cohort> {
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

  async summaries(filter: { leaderId?: string; ids?: string[] }): Promise<CohortSummary[]> {
    const rows: {
      id: string; name: string; course_id: string; version: number; leaders: { id: string; name: string }[] | null;
      trainee_count: number; scheduled_days: number; first_date: string | null; last_date: string | null;
    }[] = await this.db.query(
      `SELECT c.id, c.name, c.course_id, c.curriculum_version AS version,
              (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name)
                 FROM cohort_leaders l JOIN users u ON u.id = l.leader_id WHERE l.cohort_id = c.id) AS leaders,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.withdrawn_at IS NULL) AS trainee_count,
              (SELECT count(*)::int FROM course_days d WHERE d.cohort_id = c.id) AS scheduled_days,
              (SELECT min(d.date)::text FROM course_days d WHERE d.cohort_id = c.id) AS first_date,
              (SELECT max(d.date)::text FROM course_days d WHERE d.cohort_id = c.id) AS last_date
         FROM cohorts c
        WHERE ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM cohort_leaders l WHERE l.cohort_id = c.id AND l.leader_id = $1))
          AND ($2::uuid[] IS NULL OR c.id = ANY($2))
        ORDER BY first_date NULLS LAST, c.name`,
      [filter.leaderId ?? null, filter.ids ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
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

  async enrolmentsOf(traineeId: string): Promise<Enrolment[]> {
    const rows = await this.db
      .getRepository(EnrolmentEntity)
      .find({ where: { traineeId, withdrawnAt: IsNull() }, relations: { trainee: true }, order: { enrolledAt: 'ASC' } });
    return rows.map(toEnrolment);
  }

  enrol(cohortId: string, trainees: NewTrainee[]): Promise<{ enrolment: Enrolment; created: boolean }[]> {
    return this.db.transaction(async (manager) => {
      const results: { enrolment: Enrolment; created: boolean }[] = [];
      for (const trainee of trainees) {
        let user = await manager.findOneBy(UserEntity, { email: trainee.email });
        const created = !user;
        if (!user) {
          user = await manager.save(
            manager.create(UserEntity, { email: trainee.email, name: trainee.name, role: 'trainee', passwordHash: trainee.passwordHash, mustChangePassword: true }),
          );
        }
        if (user.role !== 'trainee') throw new ConflictException(`${trainee.email} belongs to an account that is not a trainee`);
        const active = await manager.existsBy(EnrolmentEntity, { cohortId, traineeId: user.id, withdrawnAt: IsNull() });
        if (active) throw new ConflictException(`${trainee.email} is already enrolled in this cohort`);
        const row = await manager.save(manager.create(EnrolmentEntity, { cohortId, traineeId: user.id }));
        results.push({ enrolment: toEnrolment({ ...row, trainee: user }), created });
      }
      return results;
    });
  }

  async withdraw(enrolmentId: string, reason: string): Promise<void> {
    await this.db.getRepository(EnrolmentEntity).update({ id: enrolmentId, withdrawnAt: IsNull() }, { withdrawnAt: new Date(), withdrawalReason: reason });
  }
}

function toCohort(row: CohortEntity): Cohort {
  return { id: row.id, name: row.name, courseId: row.courseId, version: row.version };
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
