import type { DataExportEnrolment } from '@peer/contract';

export interface Cohort {
  id: string;
  name: string;
  /** The organisation whose staff run it. */
  organisationId: string;
  courseId: string;
  version: number;
}

export type NewCohort = Omit<Cohort, 'id'>;

export interface CohortSummary extends Cohort {
  leaders: { id: string; name: string }[];
  traineeCount: number;
  scheduledDays: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface CourseDay {
  id: string;
  cohortId: string;
  dayNumber: number;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

export interface Enrolment {
  id: string;
  cohortId: string;
  traineeId: string;
  name: string;
  email: string;
  enrolledAt: Date;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
}

/** Port: cohorts, their leaders, schedule and enrolments. */
export abstract class CohortRepository {
  /** Every enrolment of the trainee, withdrawn ones too (her data export). */
  abstract dataOf(traineeId: string): Promise<DataExportEnrolment[]>;
  abstract create(cohort: NewCohort, leaderIds: string[], createdBy: string): Promise<Cohort>;
  abstract exists(id: string): Promise<boolean>;
  abstract find(id: string): Promise<Cohort | null>;
  abstract isLeader(cohortId: string, userId: string): Promise<boolean>;
  /** Summaries of all cohorts, or of those the leader leads. */
  abstract summaries(filter: { organisationId?: string; leaderId?: string; ids?: string[] }): Promise<CohortSummary[]>;
  abstract setLeaders(cohortId: string, leaderIds: string[]): Promise<void>;
  abstract days(cohortId: string): Promise<CourseDay[]>;
  abstract day(cohortId: string, dayNumber: number): Promise<CourseDay | null>;
  abstract dayById(id: string): Promise<CourseDay | null>;
  abstract scheduleDay(day: Omit<CourseDay, 'id'>): Promise<CourseDay>;
  abstract enrolments(cohortId: string): Promise<Enrolment[]>;
  abstract enrolment(id: string): Promise<Enrolment | null>;
  /** Active enrolments of a trainee, any cohort. */
  abstract enrolmentsOf(traineeId: string): Promise<Enrolment[]>;
  abstract withdraw(enrolmentId: string, reason: string): Promise<void>;
}
