import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { type CohortProgressDto, type CohortProgressPageDto, type PendingAttention, PROGRESS_ATTENTION_CODES, type ProgressCellDto, type ProgressRowDto, type RequirementState, type TraineeProgressDto } from '@peer/contract';
import type { Language } from '@peer/curriculum/model';
import { firstValueFrom } from 'rxjs';
import { cohortUrl } from './cohorts.service';
import { PROGRESS_MAX_PAGE_SIZE, PROGRESS_STATE_CODES, type ProgressFilter } from './constants';

/** Which rows of the cohort × requirement matrix to show. */
export interface ProgressQuery {
  readonly show?: ProgressFilter;
  /** Only trainees for whom this requirement is unmet. */
  readonly requirement?: string;
}

/** Which rows of the (filtered) matrix; the API's defaults when left out. */
export interface ProgressPaging {
  readonly offset?: number;
  readonly limit?: number;
}

/** One page of the matrix with every cell spelled out, and where it lies in the filtered rows. */
export interface ProgressMatrixPage extends CohortProgressDto {
  /** Trainees that match the filters in the whole cohort. */
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
}

function progressParams(query: ProgressQuery, lang?: Language, paging: ProgressPaging = {}): HttpParams {
  let params = new HttpParams();
  if (lang) params = params.set('lang', lang);
  if (query.show && query.show !== 'all') params = params.set('show', query.show);
  if (query.requirement) params = params.set('requirement', query.requirement);
  if (paging.offset) params = params.set('offset', paging.offset);
  if (paging.limit !== undefined) params = params.set('limit', paging.limit);
  return params;
}

const STATE_OF_CODE = new Map(Object.entries(PROGRESS_STATE_CODES).map(([state, code]) => [code, state as RequirementState]));
const ATTENTION_OF_CODE = new Map<string, PendingAttention>(Object.entries(PROGRESS_ATTENTION_CODES).map(([attention, code]) => [code, attention as PendingAttention]));

/**
 * A compact API page as rows of `{ status, reason, attention? }` cells by requirement id. Cells share the
 * page's reason objects, so spelling them out costs no copies of the texts.
 */
export function expandProgressPage(page: CohortProgressPageDto): ProgressMatrixPage {
  const rows = page.rows.map((row): ProgressRowDto => {
    const cells: Record<string, ProgressCellDto> = {};
    page.requirements.forEach((column, index) => {
      const code = row.states[index] ?? '';
      const attention = ATTENTION_OF_CODE.get(code);
      const status = attention ? 'pending' : STATE_OF_CODE.get(code);
      const reason = page.reasons[row.reasons[index] ?? -1];
      if (status && reason) cells[column.id] = attention ? { status, reason, attention } : { status, reason };
    });
    return { traineeId: row.traineeId, enrolmentId: row.enrolmentId, name: row.name, certifiable: row.certifiable, summary: row.summary, cells };
  });
  return { cohortId: page.cohortId, requirements: page.requirements, rows, total: page.total, offset: page.offset, limit: page.limit };
}

/** Where a cohort's trainees stand against the completion requirements. */
@Injectable({ providedIn: 'root' })
export class CohortProgressService {
  private readonly http = inject(HttpClient);

  /** One page of the filtered matrix: the leader's overview of a large cohort. */
  async page(cohortId: string, query: ProgressQuery = {}, paging: ProgressPaging = {}): Promise<ProgressMatrixPage> {
    const page = await firstValueFrom(
      this.http.get<CohortProgressPageDto>(cohortUrl(cohortId, 'progress'), { params: progressParams(query, undefined, paging) }),
    );
    return expandProgressPage(page);
  }

  /**
   * Every trainee that matches the filters, page after page: the first page at the API's
   * default size (all of a usual cohort), the rest in the largest pages it allows.
   */
  async cohort(cohortId: string, query: ProgressQuery = {}): Promise<CohortProgressDto> {
    const first = await this.page(cohortId, query);
    const rows = [...first.rows];
    const seen = new Set(rows.map((row) => row.enrolmentId));
    let offset = first.rows.length;
    let total = first.total;
    while (offset < total) {
      const next = await this.page(cohortId, query, { offset, limit: PROGRESS_MAX_PAGE_SIZE });
      // Trainees withdrawn meanwhile shrink the list; an empty page means there is no more.
      if (next.rows.length === 0) break;
      offset += next.rows.length;
      total = next.total;
      // One enrolled meanwhile shifts the rest by one: keep each trainee once.
      for (const row of next.rows) {
        if (!seen.has(row.enrolmentId)) rows.push(row);
        seen.add(row.enrolmentId);
      }
    }
    return { cohortId: first.cohortId, requirements: first.requirements, rows };
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
