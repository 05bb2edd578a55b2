import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AttendanceChangeDto,
  AttendanceHistoryResponse,
  AttendanceStatus,
  DayAttendanceDto,
  MakeUpCandidateDto,
  MakeUpCandidateListResponse,
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

  /** Trainees of other cohorts of the same course who still have to make up this day. */
  async makeUpCandidates(cohortId: string, dayNumber: number): Promise<MakeUpCandidateDto[]> {
    const response = await firstValueFrom(this.http.get<MakeUpCandidateListResponse>(cohortUrl(cohortId, 'days', dayNumber, 'make-up-candidates')));
    return response.candidates;
  }

  /** Records that a trainee of another cohort attended this day here, making up their absence. */
  recordGuest(cohortId: string, dayNumber: number, traineeId: string): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>(cohortUrl(cohortId, 'days', dayNumber, 'make-ups'), { traineeId }));
  }

  /** Approves a compensatory assignment for an absent day. */
  approveAssignment(cohortId: string, enrolmentId: string, dayNumber: number, note: string): Promise<{ id: string }> {
    return firstValueFrom(this.http.post<{ id: string }>(cohortUrl(cohortId, 'enrolments', enrolmentId, 'make-ups'), { dayNumber, note }));
  }
}
