import type { DataExportAbsenceNotice, DataExportAttendance, DataExportAttendanceChange, DataExportMakeUp, DataExportMakeUpBooking } from '@peer/contract';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AbsenceNotice, AttendanceChange, AttendanceMark, AttendanceRepository, Guest, HostDay, MakeUp, MakeUpBooking, NewMakeUp } from '../attendance.repository';
import type { AttendanceStatus } from '@peer/contract';
import type { ReachScope } from '../../cohorts/reach';
import { reachCondition } from '../../cohorts/persistence/typeorm-reach.repository';
import { AbsenceNoticeEntity, AttendanceChangeEntity, AttendanceEntity, MakeUpBookingEntity, MakeUpEntity } from './attendance.entities';
import { isUniqueViolation } from '../../common/database-errors';

@Injectable()
export class TypeormAttendanceRepository extends AttendanceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async dataOf(traineeId: string): Promise<{ attendance: DataExportAttendance[]; history: DataExportAttendanceChange[]; notices: DataExportAbsenceNotice[]; makeUps: DataExportMakeUp[]; bookings: DataExportMakeUpBooking[] }> {
    const day = `JOIN course_days d ON d.id = x.course_day_id JOIN cohorts c ON c.id = d.cohort_id`;
    const [attendance, history, notices, makeUps, bookings] = (await Promise.all([
      this.db.query(`SELECT c.name AS cohort_name, d.day_number, d.date::text AS date, x.status, x.comment, x.marked_at FROM attendance x ${day} WHERE x.trainee_id = $1 ORDER BY d.date, c.name`, [traineeId]),
      this.db.query(`SELECT c.name AS cohort_name, d.day_number, x.from_status, x.to_status, x.comment, x.changed_at FROM attendance_changes x ${day} WHERE x.trainee_id = $1 ORDER BY x.changed_at, x.id`, [traineeId]),
      this.db.query(`SELECT c.name AS cohort_name, d.day_number, d.date::text AS date, x.reason, x.reported_at FROM absence_notices x ${day} WHERE x.trainee_id = $1 ORDER BY d.date`, [traineeId]),
      this.db.query(`SELECT m.enrolment_id, m.day_number, m.method, m.note, m.recorded_at FROM make_ups m JOIN enrolments e ON e.id = m.enrolment_id WHERE e.trainee_id = $1 ORDER BY m.recorded_at`, [traineeId]),
      this.db.query(
        `SELECT b.enrolment_id, b.day_number, b.status, b.request_note, b.requested_at, b.booked_at, b.attendance FROM make_up_bookings b JOIN enrolments e ON e.id = b.enrolment_id WHERE e.trainee_id = $1 ORDER BY b.requested_at`,
        [traineeId],
      ),
    ])) as Record<string, never>[][];
    return {
      attendance: attendance.map((r) => ({ cohortName: r['cohort_name'], dayNumber: r['day_number'], date: r['date'], status: r['status'], comment: r['comment'], markedAt: iso(r['marked_at']) })),
      history: history.map((r) => ({ cohortName: r['cohort_name'], dayNumber: r['day_number'], fromStatus: r['from_status'], toStatus: r['to_status'], comment: r['comment'], changedAt: iso(r['changed_at']) })),
      notices: notices.map((r) => ({ cohortName: r['cohort_name'], dayNumber: r['day_number'], date: r['date'], reason: r['reason'], reportedAt: iso(r['reported_at']) })),
      makeUps: makeUps.map((r) => ({ enrolmentId: r['enrolment_id'], dayNumber: r['day_number'], method: r['method'], note: r['note'], recordedAt: iso(r['recorded_at']) })),
      bookings: bookings.map((r) => ({
        enrolmentId: r['enrolment_id'],
        dayNumber: r['day_number'],
        status: r['status'],
        requestNote: r['request_note'],
        requestedAt: iso(r['requested_at']),
        bookedAt: r['booked_at'] ? iso(r['booked_at']) : null,
        attendance: r['attendance'],
      })),
    };
  }

  async marks(courseDayIds: string[], traineeIds?: string[]): Promise<AttendanceMark[]> {
    if (courseDayIds.length === 0) return [];
    const rows = await this.db.getRepository(AttendanceEntity).find({
      where: { courseDayId: In(courseDayIds), ...(traineeIds ? { traineeId: In(traineeIds) } : {}) },
      select: { courseDayId: true, traineeId: true, status: true, comment: true },
    });
    return rows.map(({ courseDayId, traineeId, status, comment }) => ({ courseDayId, traineeId, status, comment }));
  }

  saveMarks(marks: AttendanceMark[], markedBy: string, onChange?: (changed: AttendanceMark[], manager: EntityManager) => Promise<void>): Promise<number> {
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
      await onChange?.(changed, manager);
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

  async addMakeUp(makeUp: NewMakeUp): Promise<string | null> {
    try {
      return await this.db.transaction(async (manager) => {
        const row = await manager.save(manager.create(MakeUpEntity, makeUp));
        // Made up: an open request or booking for the day has nothing left to do.
        await manager.update(
          MakeUpBookingEntity,
          { enrolmentId: makeUp.enrolmentId, dayNumber: makeUp.dayNumber, status: In(['requested', 'booked']) },
          { status: 'cancelled' },
        );
        return row.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async hostDays(courseId: string, dayNumber: number, exceptCohortId: string, since: string): Promise<HostDay[]> {
    const rows: HostDayRow[] = await this.db.query(
      `SELECT ${HOST_DAY_COLUMNS}
         FROM course_days hd JOIN cohorts c ON c.id = hd.cohort_id
        WHERE c.course_id = $1 AND hd.day_number = $2 AND c.id <> $3 AND hd.date >= $4
          AND c.organisation_id = (SELECT home.organisation_id FROM cohorts home WHERE home.id = $3)
        ORDER BY hd.date, hd.start_time, hd.id`,
      [courseId, dayNumber, exceptCohortId, since],
    );
    return rows.map(toHostDay);
  }

  async bookings(scope: ReachScope, filter: { cohortId?: string; bookingId?: string }): Promise<MakeUpBooking[]> {
    const reach = reachCondition(scope, { cohortId: 'e.cohort_id', traineeId: 'e.trainee_id' }, 3);
    const rows: (HostDayRow & {
      booking_id: string; enrolment_id: string; home_cohort_id: string; trainee_id: string; trainee_name: string; booking_day_number: number;
      status: MakeUpBooking['status']; request_note: string | null; requested_at: Date;
    })[] = await this.db.query(
      `SELECT b.id AS booking_id, b.enrolment_id, e.cohort_id AS home_cohort_id, e.trainee_id, u.name AS trainee_name, b.day_number AS booking_day_number,
              b.status, b.request_note, b.requested_at, ${HOST_DAY_COLUMNS}
         FROM make_up_bookings b
         JOIN enrolments e ON e.id = b.enrolment_id
         JOIN users u ON u.id = e.trainee_id
         LEFT JOIN course_days hd ON hd.id = b.host_course_day_id
        WHERE ($1::uuid IS NULL OR e.cohort_id = $1) AND ($2::uuid IS NULL OR b.id = $2) AND ${reach.sql}
        ORDER BY b.requested_at DESC, b.id`,
      [filter.cohortId ?? null, filter.bookingId ?? null, ...reach.params],
    );
    return rows.map((r) => ({
      id: r.booking_id,
      enrolmentId: r.enrolment_id,
      homeCohortId: r.home_cohort_id,
      traineeId: r.trainee_id,
      traineeName: r.trainee_name,
      dayNumber: r.booking_day_number,
      status: r.status,
      requestNote: r.request_note,
      hostDay: r.host_id ? toHostDay(r) : null,
      requestedAt: r.requested_at,
    }));
  }

  async guests(scope: ReachScope, hostCourseDayId: string, bookingId?: string): Promise<Guest[]> {
    // The host reaches a guest only through the booking into a day of a cohort the host reaches.
    const reach = reachCondition(scope, { cohortId: 'hd.cohort_id' }, 3);
    const rows: { booking_id: string; name: string; day_number: number; status: Guest['status']; attendance: AttendanceStatus | null }[] = await this.db.query(
      `SELECT b.id AS booking_id, u.name, hd.day_number, b.status, b.attendance
         FROM make_up_bookings b
         JOIN course_days hd ON hd.id = b.host_course_day_id
         JOIN enrolments e ON e.id = b.enrolment_id
         JOIN users u ON u.id = e.trainee_id
        WHERE hd.id = $1 AND b.status IN ('booked', 'attended', 'missed') AND ($2::uuid IS NULL OR b.id = $2) AND ${reach.sql}
        ORDER BY u.name, b.id`,
      [hostCourseDayId, bookingId ?? null, ...reach.params],
    );
    return rows.map((r) => ({ bookingId: r.booking_id, name: r.name, dayNumber: r.day_number, status: r.status, attendance: r.attendance }));
  }

  async openBooking(booking: { enrolmentId: string; dayNumber: number; requestNote: string | null; requestedBy: string; hostCourseDayId: string | null }): Promise<string | null> {
    const repository = this.db.getRepository(MakeUpBookingEntity);
    const booked = booking.hostCourseDayId !== null;
    try {
      const row = await repository.save(
        repository.create({
          ...booking,
          status: booked ? 'booked' : 'requested',
          bookedBy: booked ? booking.requestedBy : null,
          bookedAt: booked ? new Date() : null,
        }),
      );
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async acceptBooking(bookingId: string, hostCourseDayId: string, bookedBy: string): Promise<boolean> {
    const result = await this.db
      .getRepository(MakeUpBookingEntity)
      .update({ id: bookingId, status: 'requested' }, { status: 'booked', hostCourseDayId, bookedBy, bookedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async cancelBooking(bookingId: string): Promise<boolean> {
    const result = await this.db.getRepository(MakeUpBookingEntity).update({ id: bookingId, status: In(['requested', 'booked']) }, { status: 'cancelled' });
    return (result.affected ?? 0) > 0;
  }

  recordGuest(bookingId: string, attendance: AttendanceStatus, recordedBy: string, makeUp: NewMakeUp | null): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const result = await manager.update(
        MakeUpBookingEntity,
        { id: bookingId, status: 'booked' },
        { status: makeUp ? 'attended' : 'missed', attendance, attendanceBy: recordedBy, attendanceAt: new Date() },
      );
      if (!result.affected) return false;
      if (makeUp) {
        // A day made up meanwhile (e.g. by an approved assignment) stays as it was.
        await manager
          .createQueryBuilder()
          .insert()
          .into(MakeUpEntity)
          .values(makeUp)
          .orIgnore()
          .execute();
      }
      return true;
    });
  }
}

function iso(value: Date): string {
  return value.toISOString();
}

interface HostDayRow {
  host_id: string | null;
  host_cohort_id: string;
  host_day_number: number;
  host_date: string;
  host_start_time: string;
  host_end_time: string;
  host_place: string;
}

const HOST_DAY_COLUMNS = `hd.id AS host_id, hd.cohort_id AS host_cohort_id, hd.day_number AS host_day_number, hd.date::text AS host_date,
              hd.start_time::text AS host_start_time, hd.end_time::text AS host_end_time, hd.place AS host_place`;

function toHostDay(row: HostDayRow): HostDay {
  return {
    id: row.host_id as string,
    cohortId: row.host_cohort_id,
    dayNumber: row.host_day_number,
    date: row.host_date,
    startTime: row.host_start_time.slice(0, 5),
    endTime: row.host_end_time.slice(0, 5),
    place: row.host_place,
  };
}
