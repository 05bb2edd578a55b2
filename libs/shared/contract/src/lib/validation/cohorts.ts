import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../accounts';
import { MAX_INTEGER_COLUMN } from '../errors';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../cohorts';
import { CURRICULUM_ID } from './curriculum';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateCohortRequest {
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Matches(CURRICULUM_ID, { message: 'courseId must be a course id' })
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

export class ReportAbsenceRequest {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ApproveAssignmentRequest {
  @IsInt({ message: 'dayNumber must be a whole number' })
  @Min(1)
  @Max(MAX_INTEGER_COLUMN, { message: `dayNumber must be at most ${MAX_INTEGER_COLUMN}` })
  dayNumber!: number;

  @IsString()
  @Length(1, 1000)
  note!: string;
}

export class CreateCalendarFeedRequest {
  /** A cohort's feed (staff); without it, the caller's own feed. */
  @IsOptional()
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId?: string;
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
