import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CohortActionsDto,
  CohortDto,
  CohortListResponse,
  CohortSummaryDto,
  CourseDaySlotDto,
  CreateCohortRequest,
  AdminInvitationDto,
  AdminInvitationListResponse,
  EnrolRequest,
  ImportEnrolmentsResponse,
  InvitationDto,
  ScheduleDayRequest,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const COHORTS_API = '/api/cohorts';

/** The address of a cohort, or of something under it: `cohortUrl(id, 'days', 3)`. */
export function cohortUrl(cohortId: string, ...path: readonly (string | number)[]): string {
  return [`${COHORTS_API}/${encodeURIComponent(cohortId)}`, ...path.map((part) => encodeURIComponent(String(part)))].join('/');
}

/** Cohorts, their schedule and their trainees, for administrators and the cohorts' course leaders. */
@Injectable({ providedIn: 'root' })
export class CohortsService {
  private readonly http = inject(HttpClient);

  /** Every cohort for an administrator; a course leader's own cohorts. */
  async list(): Promise<CohortSummaryDto[]> {
    const response = await firstValueFrom(this.http.get<CohortListResponse>(COHORTS_API));
    return response.cohorts;
  }

  /** One cohort with its scheduled days and every enrolment, withdrawn ones included. Audited by the API. */
  get(cohortId: string): Promise<CohortDto> {
    return firstValueFrom(this.http.get<CohortDto>(cohortUrl(cohortId)));
  }

  /** What the cohort needs from its staff now, as counts. */
  actions(cohortId: string): Promise<CohortActionsDto> {
    return firstValueFrom(this.http.get<CohortActionsDto>(cohortUrl(cohortId, 'actions')));
  }

  /** A course leader who creates a cohort leads it. */
  create(request: CreateCohortRequest): Promise<CohortDto> {
    return firstValueFrom(this.http.post<CohortDto>(COHORTS_API, request));
  }

  setLeaders(cohortId: string, leaderIds: readonly string[]): Promise<void> {
    return firstValueFrom(this.http.put<void>(cohortUrl(cohortId, 'leaders'), { leaderIds }));
  }

  /** Schedules a curriculum day, or moves it when it is already scheduled. */
  scheduleDay(cohortId: string, dayNumber: number, request: ScheduleDayRequest): Promise<CourseDaySlotDto> {
    return firstValueFrom(this.http.put<CourseDaySlotDto>(cohortUrl(cohortId, 'days', dayNumber), request));
  }

  /** Invites one person by name and e-mail; she joins the cohort when she accepts. */
  enrol(cohortId: string, request: EnrolRequest): Promise<InvitationDto> {
    return firstValueFrom(this.http.post<InvitationDto>(cohortUrl(cohortId, 'enrolments'), request));
  }

  /** Every invitation of the cohort with what became of it (new account, trainee, staff account): administrators only. */
  async adminInvitations(cohortId: string): Promise<AdminInvitationDto[]> {
    const response = await firstValueFrom(this.http.get<AdminInvitationListResponse>(cohortUrl(cohortId, 'invitations')));
    return response.invitations;
  }

  /** Withdraws an invitation that has not been accepted. */
  cancelInvitation(cohortId: string, invitationId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(cohortUrl(cohortId, 'invitations', invitationId)));
  }

  /** Invites every row of a `name,email` CSV file, or nobody when any row is wrong. */
  importCsv(cohortId: string, csv: string): Promise<ImportEnrolmentsResponse> {
    return firstValueFrom(this.http.post<ImportEnrolmentsResponse>(cohortUrl(cohortId, 'enrolments', 'import'), { csv }));
  }

  withdraw(cohortId: string, enrolmentId: string, reason: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(cohortUrl(cohortId, 'enrolments', enrolmentId, 'withdraw'), { reason }));
  }
}
