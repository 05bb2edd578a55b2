import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { COHORT_ID } from '../testing';
import { CalendarFeedsService } from './calendar-feeds.service';

describe('CalendarFeedsService', () => {
  let feeds: CalendarFeedsService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    feeds = TestBed.inject(CalendarFeedsService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("creates a cohort's feed and one's own", async () => {
    const feed = { id: 'f1', cohortId: COHORT_ID, createdAt: '2026-02-01T10:00:00.000Z', url: 'https://peer.example/api/calendar/x.ics' };
    const cohortFeed = feeds.create(COHORT_ID);
    const request = http.expectOne({ method: 'POST', url: '/api/calendar-feeds' });
    expect(request.request.body).toEqual({ cohortId: COHORT_ID });
    request.flush(feed);
    await expect(cohortFeed).resolves.toEqual(feed);

    const own = feeds.create();
    const ownRequest = http.expectOne({ method: 'POST', url: '/api/calendar-feeds' });
    expect(ownRequest.request.body).toEqual({});
    ownRequest.flush({ ...feed, cohortId: null });
    await own;
  });

  it('lists and revokes feeds', async () => {
    const list = feeds.list();
    http.expectOne({ method: 'GET', url: '/api/calendar-feeds' }).flush({ feeds: [{ id: 'f1', cohortId: null, createdAt: '2026-02-01T10:00:00.000Z' }] });
    await expect(list).resolves.toHaveLength(1);

    const revoked = feeds.revoke('f1');
    http.expectOne({ method: 'DELETE', url: '/api/calendar-feeds/f1' }).flush(null, { status: 204, statusText: 'No Content' });
    await revoked;
  });
});
