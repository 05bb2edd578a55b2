import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Text } from '@peer/curriculum/model';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './accounts';
import { MAX_INTEGER_COLUMN } from './errors';

const COURSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

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

export class CreateCohortRequest {
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Matches(COURSE_ID, { message: 'courseId must be a kebab-case course id' })
  courseId!: string;

  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `version must be at most ${MAX_INTEGER_COLUMN}` })
  version!: number;

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'leaderIds must hold user ids' })
  leaderIds?: string[];
}

export class AssignLeadersRequest {
  @IsArray()
  @ArrayMinSize(1, { message: 'leaderIds must name at least one course leader' })
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'leaderIds must hold user ids' })
  leaderIds!: string[];
}

export class ScheduleDayRequest {
  @Matches(DATE, { message: 'date must be a date as YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'date must be a real calendar date' })
  date!: string;

  @Matches(TIME, { message: 'startTime must be a time as HH:MM' })
  startTime!: string;

  @Matches(TIME, { message: 'endTime must be a time as HH:MM' })
  endTime!: string;

  @IsString()
  @Length(1, 200)
  place!: string;
}

export class EnrolRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;
}

export class ImportEnrolmentsRequest {
  /** CSV text with a header row `name,email` (comma or semicolon separated). */
  @IsString()
  @Length(1, 200_000)
  csv!: string;
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

/** A new person accepts an invitation: her own password, and her name as she wants it. */
export class AcceptInvitationRequest {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
  })
  password!: string;
}

export class AcceptInvitationResponse {
  /** The address to sign in with. */
  email!: string;
}

export class InvitationTokenParams {
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be an invitation token' })
  token!: string;
}

export class InvitationParams {
  @IsUUID('all', { message: 'invitationId must be an invitation id' })
  invitationId!: string;
}

export class WithdrawRequest {
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class AttendanceMarkRequest {
  @IsUUID('all', { message: 'traineeId must be a user id' })
  traineeId!: string;

  @IsIn(ATTENDANCE_STATUSES, { message: `status must be one of: ${ATTENDANCE_STATUSES.join(', ')}` })
  status!: AttendanceStatus;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class MarkAttendanceRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkRequest)
  marks!: AttendanceMarkRequest[];
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

export class ReportAbsenceRequest {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export const MAKE_UP_METHODS = ['other-cohort', 'assignment'] as const;

export class ApproveAssignmentRequest {
  @IsInt({ message: 'dayNumber must be a whole number' })
  @Min(1)
  @Max(MAX_INTEGER_COLUMN, { message: `dayNumber must be at most ${MAX_INTEGER_COLUMN}` })
  dayNumber!: number;

  @IsString()
  @Length(1, 1000)
  note!: string;
}

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

export class CreateCalendarFeedRequest {
  /** A cohort's feed (staff); without it, the caller's own feed. */
  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string;
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

export class CohortParams {
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;
}

export class CohortDayParams extends CohortParams {
  @Type(() => Number)
  @IsInt({ message: 'dayNumber must be a whole number' })
  @Min(1, { message: 'dayNumber must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `dayNumber must be at most ${MAX_INTEGER_COLUMN}` })
  dayNumber!: number;
}

export class EnrolmentParams extends CohortParams {
  @IsUUID('all', { message: 'enrolmentId must be an enrolment id' })
  enrolmentId!: string;
}

export class CohortInvitationParams extends CohortParams {
  @IsUUID('all', { message: 'invitationId must be an invitation id' })
  invitationId!: string;
}

export class CohortTraineeParams extends CohortParams {
  @IsUUID('all', { message: 'traineeId must be a user id' })
  traineeId!: string;
}

export class CourseDayIdParams {
  @IsUUID('all', { message: 'courseDayId must be a course day id' })
  courseDayId!: string;
}

export class HistoryQuery {
  @IsOptional()
  @IsUUID('all', { message: 'traineeId must be a user id' })
  traineeId?: string;
}

export class FeedParams {
  @IsUUID('all', { message: 'feedId must be a calendar feed id' })
  feedId!: string;
}

export class CalendarFileParams {
  @Matches(/^[A-Za-z0-9_-]{43}\.ics$/, { message: 'file must be a calendar token followed by .ics' })
  file!: string;
}
