import { type AttendanceStatus } from './cohorts';

/**
 * A make-up of a missed course day in another cohort of the same course:
 * `requested` by the trainee → `booked` by her own leader into a host day → `attended` (the
 * host cohort's leader recorded her present, which closes the make-up) or `missed`; a request
 * or booking may be `cancelled` by her own leader.
 */
export const MAKE_UP_BOOKING_STATUSES = ['requested', 'booked', 'attended', 'missed', 'cancelled'] as const;
export type MakeUpBookingStatus = (typeof MAKE_UP_BOOKING_STATUSES)[number];

/** Stable codes of the refusals (409) about the caller's own make-ups; the web words them. */
export const MAKE_UP_ERROR_CODES = [
  'make-up.method-not-allowed',
  'make-up.no-absence',
  'make-up.already-made-up',
  'make-up.already-open',
  'make-up.not-requested',
  'make-up.not-open',
  'make-up.guest-recorded',
  'make-up.withdrawn',
] as const;
export type MakeUpErrorCode = (typeof MAKE_UP_ERROR_CODES)[number];

/** A scheduled day of another cohort of the same course: when and where, never who. */
export class HostDayDto {
  id!: string;
  dayNumber!: number;
  date!: string;
  startTime!: string;
  endTime!: string;
  place!: string;
}

export class HostDayListResponse {
  days!: HostDayDto[];
}

/** A booking as the trainee's own leader sees it. */
export class MakeUpBookingDto {
  id!: string;
  enrolmentId!: string;
  traineeId!: string;
  traineeName!: string;
  dayNumber!: number;
  status!: MakeUpBookingStatus;
  /** What the trainee wrote when she asked. */
  requestNote!: string | null;
  hostDay!: HostDayDto | null;
  requestedAt!: string;
}

export class MakeUpBookingListResponse {
  bookings!: MakeUpBookingDto[];
}

/** A guest booked into the host cohort's day: her name and that day, nothing of her own cohort. */
export class GuestDto {
  bookingId!: string;
  name!: string;
  dayNumber!: number;
  status!: Extract<MakeUpBookingStatus, 'booked' | 'attended' | 'missed'>;
  attendance!: AttendanceStatus | null;
}

export class GuestListResponse {
  guests!: GuestDto[];
}

/** The trainee's own request or booking. */
export class MyMakeUpRequestDto {
  id!: string;
  enrolmentId!: string;
  dayNumber!: number;
  status!: MakeUpBookingStatus;
  requestNote!: string | null;
  hostDay!: HostDayDto | null;
}

export class MyMakeUpRequestListResponse {
  requests!: MyMakeUpRequestDto[];
}
