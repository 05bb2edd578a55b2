import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../cohorts';
import { MAX_INTEGER_COLUMN } from '../errors';

export class BookMakeUpRequest {
  @IsInt({ message: 'dayNumber must be a whole number' })
  @Min(1, { message: 'dayNumber must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `dayNumber must be at most ${MAX_INTEGER_COLUMN}` })
  dayNumber!: number;

  @IsUUID('all', { message: 'hostCourseDayId must be a course day id' })
  hostCourseDayId!: string;
}

export class AcceptMakeUpRequest {
  @IsUUID('all', { message: 'hostCourseDayId must be a course day id' })
  hostCourseDayId!: string;
}

export class AskForMakeUpRequest {
  @IsInt({ message: 'dayNumber must be a whole number' })
  @Min(1, { message: 'dayNumber must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `dayNumber must be at most ${MAX_INTEGER_COLUMN}` })
  dayNumber!: number;

  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string;
}

export class GuestAttendanceRequest {
  @IsIn(ATTENDANCE_STATUSES, { message: `status must be one of: ${ATTENDANCE_STATUSES.join(', ')}` })
  status!: AttendanceStatus;
}

export class BookingParams {
  @IsUUID('all', { message: 'cohortId must be a cohort id' })
  cohortId!: string;

  @IsUUID('all', { message: 'bookingId must be a make-up booking id' })
  bookingId!: string;
}

export class GuestParams extends BookingParams {
  @Type(() => Number)
  @IsInt({ message: 'dayNumber must be a whole number' })
  @Min(1, { message: 'dayNumber must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `dayNumber must be at most ${MAX_INTEGER_COLUMN}` })
  dayNumber!: number;
}

export class MyEnrolmentParams {
  @IsUUID('all', { message: 'enrolmentId must be an enrolment id' })
  enrolmentId!: string;
}
