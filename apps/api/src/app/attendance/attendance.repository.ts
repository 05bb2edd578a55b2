import type { EntityManager } from 'typeorm';
import type { DataExportAbsenceNotice, DataExportAttendance, DataExportAttendanceChange, DataExportMakeUp, DataExportMakeUpBooking } from '@peer/contract';
import type { AttendanceStatus, MakeUpBookingStatus } from '@peer/contract';
import type { ReachScope } from '../cohorts/reach';

export interface AttendanceMark {
  courseDayId: string;
  traineeId: string;
  status: AttendanceStatus;
  comment: string | null;
}

export interface AbsenceNotice {
  courseDayId: string;
  traineeId: string;
  reason: string | null;
  reportedAt: Date;
}

export interface AttendanceChange {
  courseDayId: string;
  dayNumber: number;
  traineeId: string;
  traineeName: string;
  fromStatus: AttendanceStatus | null;
  toStatus: AttendanceStatus;
  comment: string | null;
  changedByName: string;
  changedAt: Date;
}

export interface MakeUp {
  id: string;
  enrolmentId: string;
  dayNumber: number;
  method: 'other-cohort' | 'assignment';
  hostCohortName: string | null;
  note: string | null;
  recordedByName: string;
  recordedAt: Date;
}

export type NewMakeUp = Pick<MakeUp, 'enrolmentId' | 'dayNumber' | 'method' | 'note'> & { hostCourseDayId: string | null; recordedBy: string };

/** A scheduled day of a cohort, as a host of make-ups offers it: when and where. */
export interface HostDay {
  id: string;
  cohortId: string;
  dayNumber: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** A make-up in another cohort, from the trainee's own cohort's side. */
export interface MakeUpBooking {
  id: string;
  enrolmentId: string;
  homeCohortId: string;
  traineeId: string;
  traineeName: string;
  dayNumber: number;
  status: MakeUpBookingStatus;
  requestNote: string | null;
  hostDay: HostDay | null;
  requestedAt: Date;
}

/** A guest booked into a host day, from the host cohort's side: no more than this. */
export interface Guest {
  bookingId: string;
  name: string;
  dayNumber: number;
  status: 'booked' | 'attended' | 'missed';
  attendance: AttendanceStatus | null;
}

/** Port: attendance marks, their history, absence notices and make-ups. */
export abstract class AttendanceRepository {
  /** The trainee's marks, their history, her absence notices and make-ups, in every cohort (her data export). */
  abstract dataOf(traineeId: string): Promise<{ attendance: DataExportAttendance[]; history: DataExportAttendanceChange[]; notices: DataExportAbsenceNotice[]; makeUps: DataExportMakeUp[]; bookings: DataExportMakeUpBooking[] }>;
  abstract marks(courseDayIds: string[], traineeIds?: string[]): Promise<AttendanceMark[]>;
  /**
   * Writes the marks and one history row per changed mark, in one transaction, which `onChange`
   * joins (e.g. with its audit entry) when anything changed. Returns how many changed.
   */
  abstract saveMarks(marks: AttendanceMark[], markedBy: string, onChange?: (changed: AttendanceMark[], manager: EntityManager) => Promise<void>): Promise<number>;
  abstract notices(courseDayIds: string[], traineeIds?: string[]): Promise<AbsenceNotice[]>;
  abstract saveNotice(notice: Omit<AbsenceNotice, 'reportedAt'>): Promise<void>;
  abstract history(cohortId: string, traineeId?: string): Promise<AttendanceChange[]>;
  abstract makeUps(enrolmentIds: string[]): Promise<MakeUp[]>;
  /** Null when the day was already made up; ends an open request or booking for the day, in one transaction. */
  abstract addMakeUp(makeUp: NewMakeUp): Promise<string | null>;

  /** Days with that number of the other cohorts of the course, by date. */
  /** Day `dayNumber` of the course's other cohorts, dated `since` or later. */
  abstract hostDays(courseId: string, dayNumber: number, exceptCohortId: string, since: string): Promise<HostDay[]>;
  /** Bookings the scope reaches through the trainee's own enrolment, newest first. */
  abstract bookings(scope: ReachScope, filter: { cohortId?: string; bookingId?: string }): Promise<MakeUpBooking[]>;
  /** Guests of one host day: only those booked into it, and only when the scope reaches the host cohort. */
  abstract guests(scope: ReachScope, hostCourseDayId: string, bookingId?: string): Promise<Guest[]>;
  /** A new open request or booking; null when one is already open for that enrolment and day. */
  abstract openBooking(booking: { enrolmentId: string; dayNumber: number; requestNote: string | null; requestedBy: string; hostCourseDayId: string | null }): Promise<string | null>;
  /** Books a requested make-up into a host day; false when it is no longer requested. */
  abstract acceptBooking(bookingId: string, hostCourseDayId: string, bookedBy: string): Promise<boolean>;
  /** Cancels a request or a booking not yet attended; false when there is none open. */
  abstract cancelBooking(bookingId: string): Promise<boolean>;
  /**
   * Records the guest's attendance on a booked day, and, when she was there, the make-up it
   * closes, in one transaction (a day already made up stays as it was). False when not booked.
   */
  abstract recordGuest(bookingId: string, attendance: AttendanceStatus, recordedBy: string, makeUp: NewMakeUp | null): Promise<boolean>;
}
