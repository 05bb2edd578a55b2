import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CohortProgressDto, TraineeProgressDto } from '@peer/contract';
import type { Language } from '@peer/curriculum/model';
import { firstValueFrom } from 'rxjs';
import { cohortUrl } from './cohorts.service';
import type { ProgressFilter } from './constants';

/** Which rows of the cohort × requirement matrix to show. */
export interface ProgressQuery {
  readonly show?: ProgressFilter;
  /** Only trainees for whom this requirement is unmet. */
  readonly requirement?: string;
}

function progressParams(query: ProgressQuery, lang?: Language): HttpParams {
  let params = new HttpParams();
  if (lang) params = params.set('lang', lang);
  if (query.show && query.show !== 'all') params = params.set('show', query.show);
  if (query.requirement) params = params.set('requirement', query.requirement);
  return params;
}

/** Where a cohort's trainees stand against the completion requirements. */
@Injectable({ providedIn: 'root' })
export class CohortProgressService {
  private readonly http = inject(HttpClient);

  cohort(cohortId: string, query: ProgressQuery = {}): Promise<CohortProgressDto> {
    return firstValueFrom(this.http.get<CohortProgressDto>(cohortUrl(cohortId, 'progress'), { params: progressParams(query) }));
  }

  /** The address of the same matrix as a CSV download, in one language. */
  csvUrl(cohortId: string, query: ProgressQuery, lang: Language): string {
    return `${cohortUrl(cohortId, 'progress.csv')}?${progressParams(query, lang).toString()}`;
  }

  /** Every requirement of one trainee with its reason: the same list the trainee sees. */
  trainee(cohortId: string, traineeId: string): Promise<TraineeProgressDto> {
    return firstValueFrom(this.http.get<TraineeProgressDto>(cohortUrl(cohortId, 'trainees', traineeId, 'progress')));
  }
}
