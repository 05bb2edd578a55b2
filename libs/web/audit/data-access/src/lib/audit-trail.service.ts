import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEventPageDto, DataAccessPageDto } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const AUDIT_EVENTS_API = '/api/audit/events';
export const DATA_ACCESS_API = '/api/me/data-access';

/** The administrators' filters; empty ones are left out of the request. */
export interface AuditFilters {
  person?: string | null;
  actor?: string | null;
  action?: string | null;
  /** Days, YYYY-MM-DD, both inclusive. */
  from?: string | null;
  to?: string | null;
}

function filterParams(filters: AuditFilters): HttpParams {
  let params = new HttpParams();
  for (const key of ['person', 'actor', 'action', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params = params.set(key, value);
  }
  return params;
}

/** Who saw or changed whose data: the whole trail for administrators, her own part for a trainee. */
@Injectable({ providedIn: 'root' })
export class AuditTrailService {
  private readonly http = inject(HttpClient);

  /** One page of the trail, newest first. */
  events(filters: AuditFilters, offset: number, limit: number): Promise<AuditEventPageDto> {
    const params = filterParams(filters).set('offset', offset).set('limit', limit);
    return firstValueFrom(this.http.get<AuditEventPageDto>(AUDIT_EVENTS_API, { params }));
  }

  /** The CSV download of every event that matches, with its header row in `lang`. */
  csvUrl(filters: AuditFilters, lang: 'sv' | 'en'): string {
    return `${AUDIT_EVENTS_API}.csv?${filterParams(filters).set('lang', lang).toString()}`;
  }

  /** Staff reads, exports and changes of the signed-in trainee's data, newest first. */
  dataAccess(offset: number, limit: number): Promise<DataAccessPageDto> {
    const params = new HttpParams().set('offset', offset).set('limit', limit);
    return firstValueFrom(this.http.get<DataAccessPageDto>(DATA_ACCESS_API, { params }));
  }
}
