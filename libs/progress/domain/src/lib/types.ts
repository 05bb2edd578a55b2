/**
 * Input and output of the completion engine.
 *
 * Everything here is plain, serialisable data, so the same types travel from
 * the API to the browser. Dates are calendar dates `YYYY-MM-DD` in
 * Europe/Stockholm; the engine compares them as strings and never reads a clock.
 */
import type { CourseVersionContent, MakeUpMethod, RenewalRules, Text } from '@peer/curriculum/model';

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent_excused', 'absent_unexcused'] as const;
/** A course leader's mark for one trainee on one course day of the trainee's own cohort. */
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ROLE_PLAY_RESULTS = ['passed', 'not_yet'] as const;
/** The outcome of one signed role-play observation. */
export type RolePlayResult = (typeof ROLE_PLAY_RESULTS)[number];

export const STUDY_VISIT_STATUSES = ['planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved', 'not_held'] as const;
/**
 * Where a study visit is: `planned` (not done yet), `awaiting_host` (done,
 * the host has not confirmed it), `confirmed` (the host confirmed it, the
 * reflection is missing), `reflected` (reflection handed in, awaiting the course
 * leader), `returned` (the course leader returned the reflection with a
 * comment), `approved`, or `not_held` (the host answered that it did not take place).
 */
export type StudyVisitStatus = (typeof STUDY_VISIT_STATUSES)[number];

/** One course day of the cohort's schedule. */
export interface ScheduledDay {
  /** The curriculum day number, 1..dayCount. */
  readonly dayNumber: number;
  /** `YYYY-MM-DD`, Europe/Stockholm. */
  readonly date: string;
}

export interface AttendanceMark {
  readonly dayNumber: number;
  readonly status: AttendanceStatus;
}

/**
 * A recorded make-up of an absent day: the same curriculum day attended in
 * another cohort (`other-cohort`), or a compensatory assignment approved by a
 * course leader (`assignment`).
 */
export interface MakeUpRecord {
  readonly dayNumber: number;
  readonly method: MakeUpMethod;
  /** When the day was attended elsewhere or the assignment approved, `YYYY-MM-DD`. */
  readonly date?: string;
}

/** One signed role-play observation. Every attempt is kept. */
export interface RolePlayAttempt {
  readonly scenarioId: string;
  readonly result: RolePlayResult;
  /** When the course leader signed the observation (ISO 8601). */
  readonly signedAt: string;
}

export interface StudyVisitRecord {
  /** The id of one of the course's `studyVisits`. */
  readonly requirementId: string;
  readonly status: StudyVisitStatus;
}

export const HELD_CERTIFICATE_STATUSES = ['valid', 'revoked', 'superseded', 'expired', 'renewed'] as const;
/**
 * A certificate's status as the public sees it: `expired` is a valid one past its end date,
 * `renewed` one replaced by a renewal (the renewal itself is then the valid one).
 */
export type HeldCertificateStatus = (typeof HELD_CERTIFICATE_STATUSES)[number];

/** One certificate the trainee was issued. */
export interface HeldCertificate {
  readonly courseId: string;
  readonly status: HeldCertificateStatus;
}

/** Everything the engine needs for one trainee in one cohort. */
export interface CompletionInput {
  /** The curriculum version the cohort is pinned to. */
  readonly content: CourseVersionContent;
  /** The cohort's scheduled course days; days not yet scheduled are missing. */
  readonly schedule: readonly ScheduledDay[];
  /** Attendance marks in the trainee's own cohort. */
  readonly attendance: readonly AttendanceMark[];
  readonly makeUps: readonly MakeUpRecord[];
  readonly rolePlays: readonly RolePlayAttempt[];
  readonly studyVisits: readonly StudyVisitRecord[];
  /** The trainee has left the cohort. */
  readonly withdrawn?: boolean;
  /**
   * The trainee's certificates of the courses the course requires (others are ignored), with
   * their status as the public sees it on `today`. Only `valid` ones meet a prerequisite.
   * Missing means the trainee holds none.
   */
  readonly certificates?: readonly HeldCertificate[];
  /** Titles of the prerequisite courses by id, to name them; the id is shown when one is missing. */
  readonly courseTitles?: Readonly<Record<string, Text>>;
  /** The caller's current date, `YYYY-MM-DD`, Europe/Stockholm. */
  readonly today: string;
}

export const REQUIREMENT_KINDS = ['attendance', 'attendance-limit', 'role-play', 'study-visit', 'enrolment', 'prerequisite'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const REQUIREMENT_STATES = ['met', 'pending', 'failed'] as const;
/**
 * `met`: fulfilled. `pending`: not fulfilled yet, but can still be.
 * `failed`: cannot be fulfilled in this cohort (the trainee must retake the course).
 */
export type RequirementState = (typeof REQUIREMENT_STATES)[number];

export const PENDING_ATTENTIONS = ['blocked', 'overdue', 'upcoming'] as const;
/**
 * Why a pending course day waits, which decides who must act: `blocked` (missed; a make-up
 * must be booked), `overdue` (held, but nobody recorded attendance), `upcoming` (not held yet).
 */
export type PendingAttention = (typeof PENDING_ATTENTIONS)[number];

export interface RequirementStatus {
  /**
   * Stable id: `attendance:day-<n>`, `attendance-limit`,
   * `role-play:<scenarioId>`, `study-visit:<requirementId>`, `enrolment` or
   * `prerequisite:<courseId>`.
   */
  readonly id: string;
  readonly kind: RequirementKind;
  readonly status: RequirementState;
  /** A short name, e.g. "Dag 7: Samtal och de-eskalering". */
  readonly label: Text;
  /** Why the requirement has this status, and what is left to do. */
  readonly reason: Text;
  /** Set on a pending course day only. */
  readonly attention?: PendingAttention;
}

/** An absent day that has not been made up yet and still can be. */
export interface OpenMakeUp {
  readonly dayNumber: number;
  /** The day's scheduled date in the trainee's own cohort, when scheduled. */
  readonly date?: string;
  readonly reason: Text;
}

export interface CompletionSummary {
  readonly met: number;
  readonly pending: number;
  readonly failed: number;
  readonly total: number;
}

export interface CompletionResult {
  /** True iff every requirement is `met`. */
  readonly certifiable: boolean;
  /** In the order of `requirementIds(content)`. */
  readonly requirements: readonly RequirementStatus[];
  /** Sorted by day number. Empty when the trainee has withdrawn. */
  readonly openMakeUps: readonly OpenMakeUp[];
  readonly summary: CompletionSummary;
}

// ---------------------------------------------------------------------------
// Renewal

/** A certificate the holder was issued, as renewal needs to know it. */
export interface RenewalCertificate {
  readonly courseId: string;
  /** As the public sees it on the caller's today. */
  readonly status: HeldCertificateStatus;
  /** ISO 8601 instant. */
  readonly issuedAt: string;
}

/** Everything `evaluateRenewal` needs for one certificate. */
export interface RenewalInput {
  /** The course version's `validity.renewal`. */
  readonly rules: RenewalRules;
  /** The certificate to renew: its issue instant and end of validity (ISO 8601; null: never ends). */
  readonly renewed: { readonly issuedAt: string; readonly validUntil: string | null };
  /** The holder's certificates (all courses; the renewed one may be among them). */
  readonly certificates: readonly RenewalCertificate[];
  /** Supervision hours attended between the renewed certificate's issue date and the end of its validity. */
  readonly supervisionHours: number;
  /** Titles of the renewal courses by id, to name them; the id is shown when one is missing. */
  readonly courseTitles?: Readonly<Record<string, Text>>;
}

export const RENEWAL_REQUIREMENT_KINDS = ['renewal-course', 'supervision-hours'] as const;
/** Kept apart from `RequirementKind`: renewal requirements never appear in a course's completion. */
export type RenewalRequirementKind = (typeof RENEWAL_REQUIREMENT_KINDS)[number];

/** Like `RequirementStatus`; a renewal requirement is never `failed`, it can always still be met. */
export interface RenewalRequirementStatus {
  /** `renewal-course:<courseId>` or `supervision-hours`. */
  readonly id: string;
  readonly kind: RenewalRequirementKind;
  readonly status: 'met' | 'pending';
  readonly label: Text;
  readonly reason: Text;
}

export interface RenewalResult {
  /** True iff every requirement is `met`. */
  readonly ready: boolean;
  /** The renewal courses in the rules' order, then the supervision hours (when more than zero are required). */
  readonly requirements: readonly RenewalRequirementStatus[];
}
