import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { RolePlayAttemptDto, RolePlayAttemptListResponse, RolePlayResultValue, SaveObservationRequest } from '@peer/contract';
import { cohortUrl } from '@peer/web/cohorts/data-access';
import { firstValueFrom } from 'rxjs';

export const ROLE_PLAY_ATTEMPTS_API = '/api/role-play-attempts';

function attemptUrl(attemptId: string, ...path: readonly string[]): string {
  return [`${ROLE_PLAY_ATTEMPTS_API}/${encodeURIComponent(attemptId)}`, ...path].join('/');
}

/**
 * Role-play observations. A course leader of the trainee's cohort opens, saves and signs an
 * attempt (signed attempts are locked); staff read them; the trainee reads their own and reflects.
 */
@Injectable({ providedIn: 'root' })
export class RolePlaysService {
  private readonly http = inject(HttpClient);

  /** Opens the observation: the scenario's open draft, or a new attempt after the signed ones. */
  start(cohortId: string, enrolmentId: string, scenarioId: string): Promise<RolePlayAttemptDto> {
    return firstValueFrom(this.http.post<RolePlayAttemptDto>(cohortUrl(cohortId, 'enrolments', enrolmentId, 'role-plays'), { scenarioId }));
  }

  /** Every attempt of one trainee in the cohort, every scenario, signed or not. Audited by the API. */
  async list(cohortId: string, enrolmentId: string): Promise<RolePlayAttemptDto[]> {
    const response = await firstValueFrom(this.http.get<RolePlayAttemptListResponse>(cohortUrl(cohortId, 'enrolments', enrolmentId, 'role-plays')));
    return response.attempts;
  }

  /** Saves the draft: the marked criteria with their feedback, and the overall feedback. 409 once signed. */
  save(attemptId: string, request: SaveObservationRequest): Promise<RolePlayAttemptDto> {
    return firstValueFrom(this.http.put<RolePlayAttemptDto>(attemptUrl(attemptId), request));
  }

  /** Signs and locks the attempt. 400 while a criterion is unmarked, or "passed" with one not shown. */
  sign(attemptId: string, result: RolePlayResultValue): Promise<RolePlayAttemptDto> {
    return firstValueFrom(this.http.post<RolePlayAttemptDto>(attemptUrl(attemptId, 'sign'), { result }));
  }

  /** The signed-in trainee's attempts in every cohort, with feedback, observer and reflections. */
  async mine(): Promise<RolePlayAttemptDto[]> {
    const response = await firstValueFrom(this.http.get<RolePlayAttemptListResponse>('/api/me/role-plays'));
    return response.attempts;
  }

  /** The trainee's own reflection on an attempt, before or after it is signed. */
  reflect(attemptId: string, text: string): Promise<RolePlayAttemptDto> {
    return firstValueFrom(this.http.post<RolePlayAttemptDto>(attemptUrl(attemptId, 'reflections'), { text }));
  }
}
