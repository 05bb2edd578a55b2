import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AttendanceChangeDto,
  AttendanceHistoryResponse,
  AttendanceStatus,
  DayAttendanceDto,
  GuestDto,
  GuestListResponse,
  HostDayDto,
  HostDayListResponse,
  MakeUpBookingDto,
  MakeUpBookingListResponse,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';
import { cohortUrl } from './cohorts.service';

/** One trainee's mark in a {@link AttendanceService.mark} call. */
export interface AttendanceMarkInput {
  readonly traineeId: string;
  readonly status: AttendanceStatus;
  readonly comment?: string;
}

/** Attendance of a course day, its history, and make-ups of missed days. */
@Injectable({ providedIn: 'root' })
export class AttendanceService {
  private readonly http = inject(HttpClient);

  /** The day with a row for every active trainee, marked or not. */
  day(cohortId: string, dayNumber: number): Promise<DayAttendanceDto> {
    return firstValueFrom(this.http.get<DayAttendanceDto>(cohortUrl(cohortId, 'days', dayNumber, 'attendance')));
  }

  /** Saves several marks at once; resolves to how many actually changed. */
  async mark(cohortId: string, dayNumber: number, marks: readonly AttendanceMarkInput[]): Promise<number> {
    const response = await firstValueFrom(this.http.put<{ changed: number }>(cohortUrl(cohortId, 'days', dayNumber, 'attendance'), { marks }));
    return response.changed;
  }

  /** Who changed which mark, newest first as the API sends them; optionally for one trainee. */
  async history(cohortId: string, traineeId?: string): Promise<AttendanceChangeDto[]> {
    const params = traineeId ? new HttpParams().set('traineeId', traineeId) : undefined;
    const response = await firstValueFrom(this.http.get<AttendanceHistoryResponse>(cohortUrl(cohortId, 'attendance-history'), { params }));
    return response.changes;
  }

  /** Days with this number in other cohorts of the same course, to make a missed day up in: when and where, never who. */
  async hostDays(cohortId: string, dayNumber: number): Promise<HostDayDto[]> {
    const response = await firstValueFrom(this.http.get<HostDayListResponse>(cohortUrl(cohortId, 'days', dayNumber, 'host-days')));
    return response.days;
  }

  /** The cohort's own trainees' make-up requests and bookings in other cohorts, newest first. */
  async bookings(cohortId: string): Promise<MakeUpBookingDto[]> {
    const response = await firstValueFrom(this.http.get<MakeUpBookingListResponse>(cohortUrl(cohortId, 'make-up-bookings')));
    return response.bookings;
  }

  /** Books a missed day of one of the cohort's trainees into a host day of another cohort. */
  book(cohortId: string, enrolmentId: string, dayNumber: number, hostCourseDayId: string): Promise<MakeUpBookingDto> {
    return firstValueFrom(this.http.post<MakeUpBookingDto>(cohortUrl(cohortId, 'enrolments', enrolmentId, 'make-up-bookings'), { dayNumber, hostCourseDayId }));
  }

  /** Accepts a trainee's request by booking it into a host day. */
  accept(cohortId: string, bookingId: string, hostCourseDayId: string): Promise<MakeUpBookingDto> {
    return firstValueFrom(this.http.post<MakeUpBookingDto>(cohortUrl(cohortId, 'make-up-bookings', bookingId, 'accept'), { hostCourseDayId }));
  }

  /** Declines a request or cancels a booking not yet attended. */
  cancel(cohortId: string, bookingId: string): Promise<MakeUpBookingDto> {
    return firstValueFrom(this.http.post<MakeUpBookingDto>(cohortUrl(cohortId, 'make-up-bookings', bookingId, 'cancel'), {}));
  }

  /** Trainees of other cohorts booked into this day to make it up here. */
  async guests(cohortId: string, dayNumber: number): Promise<GuestDto[]> {
    const response = await firstValueFrom(this.http.get<GuestListResponse>(cohortUrl(cohortId, 'days', dayNumber, 'guests')));
    return response.guests;
  }

  /** Records a guest's attendance on this day; being there closes her make-up. */
  recordGuest(cohortId: string, dayNumber: number, bookingId: string, status: AttendanceStatus): Promise<GuestDto> {
    return firstValueFrom(this.http.put<GuestDto>(cohortUrl(cohortId, 'days', dayNumber, 'guests', bookingId, 'attendance'), { status }));
  }

  /** Approves a compensatory assignment for an absent day. */
  approveAssignment(cohortId: string, enrolmentId: string, dayNumber: number, note: string): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>(cohortUrl(cohortId, 'enrolments', enrolmentId, 'make-ups'), { dayNumber, note }));
  }
}
