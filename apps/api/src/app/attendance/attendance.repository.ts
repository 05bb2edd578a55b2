import type { AttendanceStatus } from '@peer/contract';

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

/** Port: attendance marks, their history, absence notices and make-ups. */
export abstract class AttendanceRepository {
  abstract marks(courseDayIds: string[], traineeIds?: string[]): Promise<AttendanceMark[]>;
  /** Writes the marks and one history row per changed mark, in one transaction. Returns how many changed. */
  abstract saveMarks(marks: AttendanceMark[], markedBy: string): Promise<number>;
  abstract notices(courseDayIds: string[], traineeIds?: string[]): Promise<AbsenceNotice[]>;
  abstract saveNotice(notice: Omit<AbsenceNotice, 'reportedAt'>): Promise<void>;
  abstract history(cohortId: string, traineeId?: string): Promise<AttendanceChange[]>;
  abstract makeUps(enrolmentIds: string[]): Promise<MakeUp[]>;
  /** Active trainees of other cohorts of the course with an absence on that day and no make-up yet. */
  abstract openMakeUps(courseId: string, dayNumber: number, exceptCohortId: string): Promise<{ traineeId: string; name: string; cohortName: string; status: AttendanceMark['status'] }[]>;
  /** Null when the day was already made up. */
  abstract addMakeUp(makeUp: NewMakeUp): Promise<string | null>;
}
