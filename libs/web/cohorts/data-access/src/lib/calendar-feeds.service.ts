import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CalendarFeedDto, CalendarFeedListResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const CALENDAR_FEEDS_API = '/api/calendar-feeds';

/** Private calendar subscriptions (iCalendar): a cohort's for its staff, or one's own course days. */
@Injectable({ providedIn: 'root' })
export class CalendarFeedsService {
  private readonly http = inject(HttpClient);

  /** The caller's feeds; their addresses are never sent again. */
  async list(): Promise<CalendarFeedDto[]> {
    const response = await firstValueFrom(this.http.get<CalendarFeedListResponse>(CALENDAR_FEEDS_API));
    return response.feeds;
  }

  /** A cohort's feed, or without `cohortId` the caller's own. The answer holds the address, the only time it is shown. */
  create(cohortId?: string): Promise<CalendarFeedDto> {
    return firstValueFrom(this.http.post<CalendarFeedDto>(CALENDAR_FEEDS_API, cohortId ? { cohortId } : {}));
  }

  /** The address stops working at once. */
  revoke(feedId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${CALENDAR_FEEDS_API}/${encodeURIComponent(feedId)}`));
  }
}
