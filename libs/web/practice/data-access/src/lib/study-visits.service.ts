import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { RegisterStudyVisitRequest, StudyVisitDto, StudyVisitListResponse, StudyVisitState } from '@peer/contract';
import { cohortUrl } from '@peer/web/cohorts/data-access';
import { firstValueFrom } from 'rxjs';

export const MY_STUDY_VISITS_API = '/api/me/study-visits';

function myVisitUrl(visitId: string, ...path: readonly string[]): string {
  return [`${MY_STUDY_VISITS_API}/${encodeURIComponent(visitId)}`, ...path].join('/');
}

/**
 * Study visits: the trainee registers a visit (the host unit confirms it through a one-time
 * link) and reflects on it; a course leader approves the reflection or returns it with a comment.
 */
@Injectable({ providedIn: 'root' })
export class StudyVisitsService {
  private readonly http = inject(HttpClient);

  /** Registers a visit; when its day has come the API mails the host a confirmation link at once. */
  register(request: RegisterStudyVisitRequest): Promise<StudyVisitDto> {
    return firstValueFrom(this.http.post<StudyVisitDto>(MY_STUDY_VISITS_API, request));
  }

  async mine(): Promise<StudyVisitDto[]> {
    const response = await firstValueFrom(this.http.get<StudyVisitListResponse>(MY_STUDY_VISITS_API));
    return response.studyVisits;
  }

  /** Sends the host a new one-time link (earlier ones stop working); only on or after the day. */
  sendConfirmation(visitId: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(myVisitUrl(visitId, 'send-confirmation'), {}));
  }

  /** One answer per reflection question; once the host has confirmed, and again after a return. */
  reflect(visitId: string, answers: readonly string[]): Promise<StudyVisitDto> {
    return firstValueFrom(this.http.put<StudyVisitDto>(myVisitUrl(visitId, 'reflection'), { answers }));
  }

  /** A cohort's visits, optionally in one state (`reflected`: the approval queue). Audited by the API. */
  async forCohort(cohortId: string, status?: StudyVisitState): Promise<StudyVisitDto[]> {
    const params = status ? new HttpParams().set('status', status) : undefined;
    const response = await firstValueFrom(this.http.get<StudyVisitListResponse>(cohortUrl(cohortId, 'study-visits'), { params }));
    return response.studyVisits;
  }

  /** Approves a reflected visit; 409 while the host has not confirmed or nothing is handed in. */
  approve(cohortId: string, visitId: string): Promise<StudyVisitDto> {
    return firstValueFrom(this.http.post<StudyVisitDto>(cohortUrl(cohortId, 'study-visits', visitId, 'approve'), {}));
  }

  /** Returns the reflection to the trainee with a comment; the trainee is mailed. */
  returnToTrainee(cohortId: string, visitId: string, comment: string): Promise<StudyVisitDto> {
    return firstValueFrom(this.http.post<StudyVisitDto>(cohortUrl(cohortId, 'study-visits', visitId, 'return'), { comment }));
  }
}
