import type { Cohort, Enrolment } from './cohort.repository';

/**
 * A principal's reach, as the queries apply it:
 * - `all`: every cohort and record, for the product's own work without a caller (e.g. a booking's
 *   host-side check after the caller's reach was applied);
 * - `organisation`: an administrator reaches her organisation's cohorts and, through the
 *   enrolments in them, those trainees' records;
 * - `leader`: a course leader reaches the cohorts they lead and, through the enrolments in
 *   them, those trainees' records;
 * - `self`: a trainee reaches only her own enrolments and records.
 * Guests booked into a host cohort's days are reached through the booking, not through this
 * scope (see the attendance repository).
 */
export type ReachScope =
  | { kind: 'all' }
  | { kind: 'organisation'; organisationId: string }
  | { kind: 'leader'; userId: string }
  | { kind: 'self'; userId: string };

/** Port: look-ups that only ever find what the scope reaches (a WHERE on reach, not a filter afterwards). */
export abstract class ReachRepository {
  /** The cohort, when the scope reaches it. */
  abstract cohort(scope: ReachScope, cohortId: string): Promise<Cohort | null>;
  /** The enrolment, when the scope reaches it (and, given a cohort, when it is of that cohort). */
  abstract enrolment(scope: ReachScope, enrolmentId: string, cohortId?: string): Promise<Enrolment | null>;
  /** The trainee's enrolment in the cohort (the active one, else the latest), when the scope reaches it. */
  abstract traineeEnrolment(scope: ReachScope, cohortId: string, traineeId: string): Promise<Enrolment | null>;
}
