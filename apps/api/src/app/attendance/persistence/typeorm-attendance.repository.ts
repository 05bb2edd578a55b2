import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AbsenceNotice, AttendanceChange, AttendanceMark, AttendanceRepository, MakeUp, NewMakeUp } from '../attendance.repository';
import { AbsenceNoticeEntity, AttendanceChangeEntity, AttendanceEntity, MakeUpEntity } from './attendance.entities';
import { isUniqueViolation } from '../../common/database-errors';

@Injectable()
export class TypeormAttendanceRepository extends AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async marks(courseDayIds: string[], traineeIds?: string[]): Promise<AttendanceMark[]> {
    if (courseDayIds.length === 0) return [];
    const rows = await this.db.getRepository(AttendanceEntity).find({
      where: { courseDayId: In(courseDayIds), ...(traineeIds ? { traineeId: In(traineeIds) } : {}) },
      select: { courseDayId: true, traineeId: true, status: true, comment: true },
    });
    return rows.map(({ courseDayId, traineeId, status, comment }) => ({ courseDayId, traineeId, status, comment }));
  }

  saveMarks(marks: AttendanceMark[], markedBy: string): Promise<number> {
    return this.db.transaction(async (manager) => {
      const dayIds = [...new Set(marks.map((m) => m.courseDayId))];
      // Lock the current marks so two leaders marking at once both land in the history.
      const current: AttendanceEntity[] = await manager
        .getRepository(AttendanceEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.course_day_id IN (:...dayIds)', { dayIds })
        .getMany();
      const byKey = new Map(current.map((row) => [`${row.courseDayId}/${row.traineeId}`, row]));
      const now = new Date();
      const changed = marks.filter((mark) => {
        const before = byKey.get(`${mark.courseDayId}/${mark.traineeId}`);
        return !before || before.status !== mark.status || (before.comment ?? null) !== mark.comment;
      });
      if (changed.length === 0) return 0;
      await manager.upsert(
        AttendanceEntity,
        changed.map((m) => ({ ...m, markedBy, markedAt: now })),
        ['courseDayId', 'traineeId'],
      );
      await manager.insert(
        AttendanceChangeEntity,
        changed.map((m) => ({
          courseDayId: m.courseDayId,
          traineeId: m.traineeId,
          fromStatus: byKey.get(`${m.courseDayId}/${m.traineeId}`)?.status ?? null,
          toStatus: m.status,
          comment: m.comment,
          changedBy: markedBy,
        })),
      );
      return changed.length;
    });
  }

  async notices(courseDayIds: string[], traineeIds?: string[]): Promise<AbsenceNotice[]> {
    if (courseDayIds.length === 0) return [];
    const rows = await this.db.getRepository(AbsenceNoticeEntity).find({
      where: { courseDayId: In(courseDayIds), ...(traineeIds ? { traineeId: In(traineeIds) } : {}) },
    });
    return rows.map(({ courseDayId, traineeId, reason, reportedAt }) => ({ courseDayId, traineeId, reason, reportedAt }));
  }

  async saveNotice(notice: Omit<AbsenceNotice, 'reportedAt'>): Promise<void> {
    await this.db.getRepository(AbsenceNoticeEntity).upsert({ ...notice, reportedAt: new Date() }, ['courseDayId', 'traineeId']);
  }

  async history(cohortId: string, traineeId?: string): Promise<AttendanceChange[]> {
    const rows: {
      course_day_id: string; day_number: number; trainee_id: string; trainee_name: string; from_status: AttendanceChange['fromStatus'];
      to_status: AttendanceChange['toStatus']; comment: string | null; changed_by_name: string; changed_at: Date;
    }[] = await this.db.query(
      `SELECT h.course_day_id, d.day_number, h.trainee_id, t.name AS trainee_name, h.from_status, h.to_status, h.comment,
              c.name AS changed_by_name, h.changed_at
         FROM attendance_changes h
         JOIN course_days d ON d.id = h.course_day_id
         JOIN users t ON t.id = h.trainee_id
         JOIN users c ON c.id = h.changed_by
        WHERE d.cohort_id = $1 AND ($2::uuid IS NULL OR h.trainee_id = $2)
        ORDER BY h.changed_at DESC, h.id DESC`,
      [cohortId, traineeId ?? null],
    );
    return rows.map((r) => ({
      courseDayId: r.course_day_id,
      dayNumber: r.day_number,
      traineeId: r.trainee_id,
      traineeName: r.trainee_name,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      comment: r.comment,
      changedByName: r.changed_by_name,
      changedAt: r.changed_at,
    }));
  }

  async makeUps(enrolmentIds: string[]): Promise<MakeUp[]> {
    if (enrolmentIds.length === 0) return [];
    const rows: {
      id: string; enrolment_id: string; day_number: number; method: MakeUp['method']; host_cohort_name: string | null;
      note: string | null; recorded_by_name: string; recorded_at: Date;
    }[] = await this.db.query(
      `SELECT m.id, m.enrolment_id, m.day_number, m.method, hc.name AS host_cohort_name, m.note, u.name AS recorded_by_name, m.recorded_at
         FROM make_ups m
         JOIN users u ON u.id = m.recorded_by
         LEFT JOIN course_days hd ON hd.id = m.host_course_day_id
         LEFT JOIN cohorts hc ON hc.id = hd.cohort_id
        WHERE m.enrolment_id = ANY($1)
        ORDER BY m.day_number`,
      [enrolmentIds],
    );
    return rows.map((r) => ({
      id: r.id,
      enrolmentId: r.enrolment_id,
      dayNumber: r.day_number,
      method: r.method,
      hostCohortName: r.host_cohort_name,
      note: r.note,
      recordedByName: r.recorded_by_name,
      recordedAt: r.recorded_at,
    }));
  }

  async openMakeUps(courseId: string, dayNumber: number, exceptCohortId: string) {
    const rows: { trainee_id: string; name: string; cohort_name: string; status: AttendanceMark['status'] }[] = await this.db.query(
      `SELECT e.trainee_id, u.name, c.name AS cohort_name, a.status
         FROM enrolments e
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN users u ON u.id = e.trainee_id
         JOIN course_days d ON d.cohort_id = c.id AND d.day_number = $2
         JOIN attendance a ON a.course_day_id = d.id AND a.trainee_id = e.trainee_id
        WHERE c.course_id = $1 AND c.id <> $3 AND e.withdrawn_at IS NULL
          AND a.status IN ('absent_excused', 'absent_unexcused')
          AND NOT EXISTS (SELECT 1 FROM make_ups m WHERE m.enrolment_id = e.id AND m.day_number = $2)
        ORDER BY u.name`,
      [courseId, dayNumber, exceptCohortId],
    );
    return rows.map((r) => ({ traineeId: r.trainee_id, name: r.name, cohortName: r.cohort_name, status: r.status }));
  }

  async addMakeUp(makeUp: NewMakeUp): Promise<string | null> {
    try {
      const row = await this.db.getRepository(MakeUpEntity).save(this.db.getRepository(MakeUpEntity).create(makeUp));
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }
}
