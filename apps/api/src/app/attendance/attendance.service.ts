import { ConflictException, Injectable } from '@nestjs/common';
import type {
  AttendanceChangeDto,
  AttendanceStatus,
  DayAttendanceDto,
  GuestDto,
  HostDayDto,
  MakeUpBookingDto,
  MakeUpErrorCode,
  MyMakeUpRequestDto,
} from '@peer/contract';
import type { AttendanceMarkRequest } from '@peer/contract/validation';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { Cohort, CohortRepository, CourseDay, Enrolment } from '../cohorts/cohort.repository';
import { OutOfReach, Reach } from '../cohorts/reach';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { mapDay } from '../cohorts/cohorts.service';
import { stockholmToday } from '../common/stockholm-time';
import { RequestValidationError } from '../common/validation';
import { AttendanceRepository, Guest, HostDay, MakeUpBooking } from './attendance.repository';

const ABSENT = new Set(['absent_excused', 'absent_unexcused']);
const ATTENDED = new Set<AttendanceStatus>(['present', 'late']);

@Injectable()
export class AttendanceService {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly cohorts: CohortRepository,
    private readonly curriculum: CurriculumRepository,
    private readonly access: Reach,
    private readonly audit: AuditService,
  ) {}

  async day(actor: Principal, cohortId: string, dayNumber: number): Promise<DayAttendanceDto> {
    await this.access.staffCohort(actor, cohortId);
    const { cohort, day } = await this.scheduledDay(cohortId, dayNumber);
    const [content, enrolments, marks, notices] = await Promise.all([
      this.curriculum.content(cohort),
      this.cohorts.enrolments(cohortId),
      this.attendance.marks([day.id]),
      this.attendance.notices([day.id]),
    ]);
    const markOf = new Map(marks.map((m) => [m.traineeId, m]));
    const noticeOf = new Map(notices.map((n) => [n.traineeId, n]));
    await this.audit.record({ actorId: actor.user.id, action: 'attendance.view', subjectType: 'course_day', subjectId: day.id, people: enrolments.filter((e) => !e.withdrawnAt).map((e) => e.traineeId) });
    return {
      day: mapDay(day, content),
      rows: enrolments
        .filter((e) => !e.withdrawnAt)
        .map((e) => {
          const notice = noticeOf.get(e.traineeId);
          return {
            traineeId: e.traineeId,
            name: e.name,
            status: markOf.get(e.traineeId)?.status ?? null,
            comment: markOf.get(e.traineeId)?.comment ?? null,
            notice: notice ? { reason: notice.reason, reportedAt: notice.reportedAt.toISOString() } : null,
          };
        }),
    };
  }

  /** Marks several trainees at once; every change is kept with who, when, from and to. */
  async mark(actor: Principal, cohortId: string, dayNumber: number, marks: AttendanceMarkRequest[]): Promise<{ changed: number }> {
    await this.access.staffCohort(actor, cohortId);
    const { day } = await this.scheduledDay(cohortId, dayNumber);
    const enrolled = new Set((await this.cohorts.enrolments(cohortId)).filter((e) => !e.withdrawnAt).map((e) => e.traineeId));
    const seen = new Set<string>();
    const errors = marks.flatMap((mark, i) => {
      if (!enrolled.has(mark.traineeId)) {
        return [{ field: `marks.${i}.traineeId`, rule: 'enrolled', message: `marks.${i}.traineeId is not a trainee of this cohort` }];
      }
      if (seen.has(mark.traineeId)) {
        return [{ field: `marks.${i}.traineeId`, rule: 'unique', message: `marks.${i}.traineeId appears twice` }];
      }
      seen.add(mark.traineeId);
      return [];
    });
    if (errors.length > 0) throw new RequestValidationError(errors);
    const changed = await this.attendance.saveMarks(
      marks.map((m) => ({ courseDayId: day.id, traineeId: m.traineeId, status: m.status, comment: m.comment?.trim() || null })),
      actor.user.id,
      (rows, manager) =>
        this.audit.record(
          { actorId: actor.user.id, action: 'attendance.change', subjectType: 'course_day', subjectId: day.id, details: { dayNumber, marks: marks.length, changed: rows.length }, people: rows.map((m) => m.traineeId) },
          manager,
        ),
    );
    return { changed };
  }

  /** The cohort's changes of marks; for one trainee only when she is a trainee of this cohort. */
  async history(actor: Principal, cohortId: string, traineeId?: string): Promise<AttendanceChangeDto[]> {
    await this.access.staffCohort(actor, cohortId);
    if (traineeId) await this.access.staffTrainee(actor, cohortId, traineeId);
    const changes = await this.attendance.history(cohortId, traineeId);
    await this.audit.record({ actorId: actor.user.id, action: 'attendance.history.view', subjectType: 'cohort', subjectId: cohortId, details: { traineeId: traineeId ?? null, count: changes.length }, people: changes.map((c) => c.traineeId) });
    return changes.map((c) => ({
      dayNumber: c.dayNumber,
      traineeId: c.traineeId,
      traineeName: c.traineeName,
      from: c.fromStatus,
      to: c.toStatus,
      comment: c.comment,
      changedBy: c.changedByName,
      changedAt: c.changedAt.toISOString(),
    }));
  }

  /** A trainee tells in advance that they will miss a course day of their own cohort. */
  async reportAbsence(actor: Principal, courseDayId: string, reason: string | undefined): Promise<void> {
    const day = await this.cohorts.dayById(courseDayId);
    const enrolled = day && (await this.cohorts.enrolmentsOf(actor.user.id)).some((e) => e.cohortId === day.cohortId);
    if (!day || !enrolled) throw new OutOfReach();
    if (day.date < stockholmToday()) {
      throw new RequestValidationError([{ field: 'courseDayId', rule: 'future', message: 'an absence can only be reported before the day' }]);
    }
    await this.attendance.saveNotice({ courseDayId, traineeId: actor.user.id, reason: reason?.trim() || null });
  }

  /** The trainee's own leader approves a compensatory assignment for a missed day. */
  async approveAssignment(actor: Principal, cohortId: string, enrolmentId: string, dayNumber: number, note: string): Promise<{ id: string }> {
    const cohort = await this.access.staffCohort(actor, cohortId);
    const enrolment = await this.access.staffEnrolment(actor, cohortId, enrolmentId);
    await this.assertOpenAbsence(cohort, enrolment, dayNumber, 'assignment');
    const id = await this.attendance.addMakeUp({ enrolmentId, dayNumber, method: 'assignment', hostCourseDayId: null, note: note.trim(), recordedBy: actor.user.id });
    if (!id) throw conflict('make-up.already-made-up', `Day ${dayNumber} is already made up`);
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.record', subjectType: 'enrolment', subjectId: enrolmentId, details: { dayNumber, method: 'assignment' }, people: [enrolment.traineeId] });
    return { id };
  }

  // Make-ups in another cohort: the trainee's own leader's side.

  /** Days with this number in the other cohorts of the course, not long past: when and where, never who. */
  async hostDays(actor: Principal, cohortId: string, dayNumber: number): Promise<HostDayDto[]> {
    const home = await this.access.staffCohort(actor, cohortId);
    return (await this.attendance.hostDays(home.courseId, dayNumber, home.id, await this.earliestHostDay(home))).map(mapHostDay);
  }

  /** Requests and bookings of the cohort's own trainees. */
  async bookings(actor: Principal, cohortId: string): Promise<MakeUpBookingDto[]> {
    await this.access.staffCohort(actor, cohortId);
    const bookings = await this.attendance.bookings(this.access.scope(actor), { cohortId });
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.bookings.view', subjectType: 'cohort', subjectId: cohortId, details: { count: bookings.length }, people: [...new Set(bookings.map((b) => b.traineeId))] });
    return bookings.map(mapBooking);
  }

  /** The own leader books a missed day into a day with the same number of another cohort of the course. */
  async book(actor: Principal, cohortId: string, enrolmentId: string, dayNumber: number, hostCourseDayId: string): Promise<MakeUpBookingDto> {
    const home = await this.access.staffCohort(actor, cohortId);
    const enrolment = await this.access.staffEnrolment(actor, cohortId, enrolmentId);
    await this.assertOpenAbsence(home, enrolment, dayNumber, 'other-cohort');
    await this.assertHostDay(home, dayNumber, hostCourseDayId);
    const id = await this.attendance.openBooking({ enrolmentId, dayNumber, requestNote: null, requestedBy: actor.user.id, hostCourseDayId });
    if (!id) throw conflict('make-up.already-open', `Day ${dayNumber} already has an open make-up request or booking`);
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.book', subjectType: 'make_up_booking', subjectId: id, details: { dayNumber, hostCourseDayId }, people: [enrolment.traineeId] });
    return mapBooking(await this.homeBooking(actor, cohortId, id));
  }

  /** The own leader accepts the trainee's request by choosing the host day. */
  async accept(actor: Principal, cohortId: string, bookingId: string, hostCourseDayId: string): Promise<MakeUpBookingDto> {
    const home = await this.access.staffCohort(actor, cohortId);
    const booking = await this.homeBooking(actor, cohortId, bookingId);
    if (booking.status !== 'requested') throw conflict('make-up.not-requested', 'This make-up is not waiting to be booked');
    const enrolment = await this.access.staffEnrolment(actor, cohortId, booking.enrolmentId);
    await this.assertOpenAbsence(home, enrolment, booking.dayNumber, 'other-cohort');
    await this.assertHostDay(home, booking.dayNumber, hostCourseDayId);
    if (!(await this.attendance.acceptBooking(bookingId, hostCourseDayId, actor.user.id))) throw conflict('make-up.not-requested', 'This make-up is not waiting to be booked');
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.book', subjectType: 'make_up_booking', subjectId: bookingId, details: { dayNumber: booking.dayNumber, hostCourseDayId }, people: [booking.traineeId] });
    return mapBooking(await this.homeBooking(actor, cohortId, bookingId));
  }

  /** The own leader declines a request or cancels a booking not yet attended. */
  async cancel(actor: Principal, cohortId: string, bookingId: string): Promise<MakeUpBookingDto> {
    await this.access.staffCohort(actor, cohortId);
    const booking = await this.homeBooking(actor, cohortId, bookingId);
    if (!(await this.attendance.cancelBooking(bookingId))) throw conflict('make-up.not-open', 'This make-up is no longer open');
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.cancel', subjectType: 'make_up_booking', subjectId: bookingId, details: { dayNumber: booking.dayNumber }, people: [booking.traineeId] });
    return mapBooking(await this.homeBooking(actor, cohortId, bookingId));
  }

  // The host cohort's leader's side: only the guests booked into their days.

  async guests(actor: Principal, cohortId: string, dayNumber: number): Promise<GuestDto[]> {
    await this.access.staffCohort(actor, cohortId);
    const { day } = await this.scheduledDay(cohortId, dayNumber);
    const guests = await this.attendance.guests(this.access.scope(actor), day.id);
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.guests.view', subjectType: 'course_day', subjectId: day.id, details: { count: guests.length } });
    return guests.map(mapGuest);
  }

  /** The host records a guest's attendance on their day; being there closes her make-up. */
  async recordGuest(actor: Principal, cohortId: string, dayNumber: number, bookingId: string, status: AttendanceStatus): Promise<GuestDto> {
    await this.access.staffCohort(actor, cohortId);
    const { day } = await this.scheduledDay(cohortId, dayNumber);
    const scope = this.access.scope(actor);
    const [guest] = await this.attendance.guests(scope, day.id, bookingId);
    if (!guest) throw new OutOfReach();
    if (guest.status !== 'booked') throw conflict('make-up.guest-recorded', 'This guest’s attendance is already recorded');
    // The booking's own side is read to close the make-up; none of it goes back to the host.
    const [booking] = await this.attendance.bookings({ kind: 'all' }, { bookingId });
    if (!booking) throw new OutOfReach();
    const makeUp = ATTENDED.has(status)
      ? { enrolmentId: booking.enrolmentId, dayNumber: booking.dayNumber, method: 'other-cohort' as const, hostCourseDayId: day.id, note: null, recordedBy: actor.user.id }
      : null;
    if (!(await this.attendance.recordGuest(bookingId, status, actor.user.id, makeUp))) throw conflict('make-up.guest-recorded', 'This guest’s attendance is already recorded');
    await this.audit.record({ actorId: actor.user.id, action: 'make_up.guest.attendance', subjectType: 'make_up_booking', subjectId: bookingId, details: { dayNumber, status }, people: [booking.traineeId] });
    const [recorded] = await this.attendance.guests(scope, day.id, bookingId);
    return mapGuest(recorded as Guest);
  }

  // The trainee's side.

  /** The trainee asks her own leader for a make-up of a day she missed. */
  async ask(actor: Principal, enrolmentId: string, dayNumber: number, note: string | undefined): Promise<MyMakeUpRequestDto> {
    const enrolment = await this.access.ownEnrolment(actor, enrolmentId);
    if (enrolment.withdrawnAt) throw conflict('make-up.withdrawn', 'You have left this cohort');
    const home = (await this.cohorts.find(enrolment.cohortId)) as Cohort;
    await this.assertOpenAbsence(home, enrolment, dayNumber, 'other-cohort');
    const id = await this.attendance.openBooking({ enrolmentId, dayNumber, requestNote: note?.trim() || null, requestedBy: actor.user.id, hostCourseDayId: null });
    if (!id) throw conflict('make-up.already-open', `Day ${dayNumber} already has an open make-up request or booking`);
    const [booking] = await this.attendance.bookings(this.access.scope(actor), { bookingId: id });
    return mapMine(booking as MakeUpBooking);
  }

  async myRequests(actor: Principal): Promise<MyMakeUpRequestDto[]> {
    return (await this.attendance.bookings(this.access.scope(actor), {})).map(mapMine);
  }

  /** The trainee missed the day in her own cohort and has not made it up: the caller's own data, so 409 may say so. */
  private async assertOpenAbsence(home: Cohort, enrolment: Enrolment, dayNumber: number, method: 'other-cohort' | 'assignment'): Promise<void> {
    if (enrolment.withdrawnAt) throw conflict('make-up.withdrawn', 'The trainee has withdrawn from this cohort');
    const content = await this.curriculum.content(home);
    if (!content.course.completion.attendance.makeUpMethods.includes(method)) {
      throw conflict('make-up.method-not-allowed', `${content.course.id} version ${home.version} does not allow making up a day by ${method}`);
    }
    const homeDay = await this.cohorts.day(home.id, dayNumber);
    const [mark] = homeDay ? await this.attendance.marks([homeDay.id], [enrolment.traineeId]) : [];
    if (!mark || !ABSENT.has(mark.status)) {
      throw conflict('make-up.no-absence', `The trainee has no recorded absence on day ${dayNumber} to make up`);
    }
    if ((await this.attendance.makeUps([enrolment.id])).some((m) => m.dayNumber === dayNumber)) {
      throw conflict('make-up.already-made-up', `Day ${dayNumber} is already made up`);
    }
  }

  /**
   * A day with the same number in another cohort of the same course and organisation (its leader
   * sees the guest's name); days are not people, so this may say why.
   */
  private async assertHostDay(home: Cohort, dayNumber: number, hostCourseDayId: string): Promise<void> {
    const day = await this.cohorts.dayById(hostCourseDayId);
    const host = day && (await this.cohorts.find(day.cohortId));
    if (!day || !host || host.id === home.id || host.organisationId !== home.organisationId || host.courseId !== home.courseId || day.dayNumber !== dayNumber || day.date < (await this.earliestHostDay(home))) {
      throw new RequestValidationError([
        {
          field: 'hostCourseDayId',
          rule: 'hostDay',
          message: `hostCourseDayId must be day ${dayNumber} of another cohort of this course, at most ${HOST_DAY_LOOKBACK_DAYS} days before this cohort began`,
        },
      ]);
    }
  }

  /**
   * A day held long before the trainee's own course began (a finished cohort of years ago) is no
   * make-up of a day she missed in it: days from a year before the cohort's first day are offered.
   */
  private async earliestHostDay(home: Cohort): Promise<string> {
    const first = (await this.cohorts.days(home.id)).map((d) => d.date).sort()[0] ?? stockholmToday();
    return new Date(Date.parse(`${first}T12:00:00Z`) - HOST_DAY_LOOKBACK_DAYS * 86_400_000).toISOString().slice(0, 10);
  }

  private async homeBooking(actor: Principal, cohortId: string, bookingId: string): Promise<MakeUpBooking> {
    const [booking] = await this.attendance.bookings(this.access.scope(actor), { cohortId, bookingId });
    if (!booking) throw new OutOfReach();
    return booking;
  }

  private async scheduledDay(cohortId: string, dayNumber: number): Promise<{ cohort: Cohort; day: CourseDay }> {
    const [cohort, day] = await Promise.all([this.cohorts.find(cohortId), this.cohorts.day(cohortId, dayNumber)]);
    if (!cohort) throw new OutOfReach();
    if (!day) throw new OutOfReach();
    return { cohort, day };
  }
}

/** A refusal about the caller's own make-up, with its stable code. */
function conflict(code: MakeUpErrorCode, message: string): ConflictException {
  return new ConflictException({ message, code });
}

function mapHostDay(day: HostDay): HostDayDto {
  return { id: day.id, dayNumber: day.dayNumber, date: day.date, startTime: day.startTime, endTime: day.endTime, place: day.place };
}

function mapBooking(booking: MakeUpBooking): MakeUpBookingDto {
  return {
    id: booking.id,
    enrolmentId: booking.enrolmentId,
    traineeId: booking.traineeId,
    traineeName: booking.traineeName,
    dayNumber: booking.dayNumber,
    status: booking.status,
    requestNote: booking.requestNote,
    hostDay: booking.hostDay ? mapHostDay(booking.hostDay) : null,
    requestedAt: booking.requestedAt.toISOString(),
  };
}

function mapMine(booking: MakeUpBooking): MyMakeUpRequestDto {
  return {
    id: booking.id,
    enrolmentId: booking.enrolmentId,
    dayNumber: booking.dayNumber,
    status: booking.status,
    requestNote: booking.requestNote,
    hostDay: booking.hostDay ? mapHostDay(booking.hostDay) : null,
  };
}

function mapGuest(guest: Guest): GuestDto {
  return { bookingId: guest.bookingId, name: guest.name, dayNumber: guest.dayNumber, status: guest.status, attendance: guest.attendance };
}

/** How long before a cohort's first day a day of another cohort may still be its make-up. */
export const HOST_DAY_LOOKBACK_DAYS = 365;
