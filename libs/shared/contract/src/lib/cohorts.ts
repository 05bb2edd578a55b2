import type { Text } from '@peer/curriculum/model';

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent_excused', 'absent_unexcused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export class PersonDto {
  id!: string;
  name!: string;
}

export class CohortSummaryDto {
  id!: string;
  name!: string;
  courseId!: string;
  /** The curriculum version the cohort is pinned to. */
  version!: number;
  courseTitle!: Text;
  dayCount!: number;
  scheduledDays!: number;
  firstDate!: string | null;
  lastDate!: string | null;
  leaders!: PersonDto[];
  traineeCount!: number;
}

export class CohortListResponse {
  cohorts!: CohortSummaryDto[];
}

/** A scheduled course day; date and times are Europe/Stockholm wall-clock. */
export class CourseDaySlotDto {
  id!: string;
  dayNumber!: number;
  title!: Text;
  date!: string;
  startTime!: string;
  endTime!: string;
  place!: string;
}

export class EnrolmentDto {
  id!: string;
  traineeId!: string;
  name!: string;
  email!: string;
  enrolledAt!: string;
  withdrawnAt!: string | null;
  withdrawalReason!: string | null;
}

/**
 * What the leader sees of an invitation: only what the leader typed. `invited` until the person
 * answers or it expires; an invitation nobody can answer (the address is not a trainee's) looks
 * exactly like one that has not been answered yet.
 */
export const INVITATION_STATUSES = ['invited', 'expired', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export class InvitationDto {
  id!: string;
  /** The name the leader typed. */
  name!: string;
  /** The e-mail the leader typed, lower-cased. */
  email!: string;
  status!: InvitationStatus;
  invitedAt!: string;
  expiresAt!: string;
}

/** Why an invitation went (or did not go) where it did: for administrators only. */
export const INVITATION_OUTCOMES = ['pending', 'new-account', 'trainee', 'staff-account'] as const;
export type InvitationOutcome = (typeof INVITATION_OUTCOMES)[number];

export class AdminInvitationDto extends InvitationDto {
  outcome!: InvitationOutcome;
  invitedBy!: string | null;
  acceptedAt!: string | null;
  revokedAt!: string | null;
}

export class AdminInvitationListResponse {
  invitations!: AdminInvitationDto[];
}

export class CohortDto extends CohortSummaryDto {
  days!: CourseDaySlotDto[];
  /** Accepted enrolments only: a person appears here once she has accepted. */
  enrolments!: EnrolmentDto[];
  /** Invitations not (yet) accepted and not cancelled. */
  invitations!: InvitationDto[];
}

/** Lists every invitation the request made; the same answer whoever the e-mails belong to. */
export class ImportEnrolmentsResponse {
  invited!: InvitationDto[];
}

/** A cohort a trainee is invited to, on her own page. */
/** A course the invited course requires, and whether she holds a valid certificate of it (her own data). */
export class InvitationPrerequisiteDto {
  courseId!: string;
  title!: Text;
  /** She holds a certificate of the course that is not revoked, superseded or expired. */
  held!: boolean;
}

export class MyInvitationDto {
  id!: string;
  cohortName!: string;
  courseTitle!: Text;
  invitedBy!: string | null;
  invitedAt!: string;
  expiresAt!: string;
  /** The courses she needs a valid certificate of to be certified in this one; empty for a base course. */
  prerequisites!: InvitationPrerequisiteDto[];
}

export class MyInvitationListResponse {
  invitations!: MyInvitationDto[];
}

/** What the one-time link of an invitation mail opens. */
export class InvitationLinkDto {
  /** `new`: she sets a password and gets an account; `existing`: she signs in and accepts. */
  account!: 'new' | 'existing';
  cohortName!: string;
  courseTitle!: Text;
  name!: string;
  email!: string;
  expiresAt!: string;
}

export class AcceptInvitationResponse {
  /** The address to sign in with. */
  email!: string;
}

export class AttendanceRowDto {
  traineeId!: string;
  name!: string;
  status!: AttendanceStatus | null;
  comment!: string | null;
  /** An absence the trainee reported in advance. */
  notice!: { reason: string | null; reportedAt: string } | null;
}

export class DayAttendanceDto {
  day!: CourseDaySlotDto;
  rows!: AttendanceRowDto[];
}

export const MAKE_UP_METHODS = ['other-cohort', 'assignment'] as const;

export class MakeUpDto {
  id!: string;
  dayNumber!: number;
  method!: (typeof MAKE_UP_METHODS)[number];
  hostCohortName!: string | null;
  note!: string | null;
  recordedAt!: string;
  recordedBy!: string;
}

export class AttendanceChangeDto {
  dayNumber!: number;
  traineeId!: string;
  traineeName!: string;
  from!: AttendanceStatus | null;
  to!: AttendanceStatus;
  comment!: string | null;
  changedBy!: string;
  changedAt!: string;
}

export class AttendanceHistoryResponse {
  changes!: AttendanceChangeDto[];
}

export class CalendarFeedDto {
  id!: string;
  cohortId!: string | null;
  createdAt!: string;
  /** Only in the answer that creates the feed: the private address. */
  url?: string;
}

export class CalendarFeedListResponse {
  feeds!: CalendarFeedDto[];
}
