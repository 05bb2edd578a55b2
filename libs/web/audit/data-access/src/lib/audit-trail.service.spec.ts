import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuditEventPageDto } from '@peer/contract';
import { AUDIT_ACTION_CODES, auditActionKey, formatAuditTime } from './audit-actions';
import { AuditTrailService } from './audit-trail.service';

const PERSON = '2b0c8f3e-2a8e-4c53-9d1a-5b7f7a0b9c10';

describe('AuditTrailService', () => {
  let trail: AuditTrailService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    trail = TestBed.inject(AuditTrailService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for one page with only the filters that are set', async () => {
    const page: AuditEventPageDto = { events: [], total: 0, offset: 50, limit: 50 };
    const answer = trail.events({ person: PERSON, actor: null, action: 'cohort.roster.view', from: '', to: '2026-12-01' }, 50, 50);
    const request = http.expectOne((r) => r.url === '/api/audit/events');
    expect(request.request.params.toString()).toBe(`person=${PERSON}&action=cohort.roster.view&to=2026-12-01&offset=50&limit=50`);
    request.flush(page);
    await expect(answer).resolves.toEqual(page);
  });

  it('builds the CSV address from the same filters and the language', () => {
    expect(trail.csvUrl({ person: PERSON, from: '2026-01-01' }, 'en')).toBe(`/api/audit/events.csv?person=${PERSON}&from=2026-01-01&lang=en`);
    expect(trail.csvUrl({}, 'sv')).toBe('/api/audit/events.csv?lang=sv');
  });

  it('pages through the trainee’s own list', async () => {
    const answer = trail.dataAccess(20, 20);
    http.expectOne('/api/me/data-access?offset=20&limit=20').flush({ entries: [], total: 0, offset: 20, limit: 20 });
    await expect(answer).resolves.toMatchObject({ total: 0 });
  });
});

describe('audit action names', () => {
  it('gives every known action a key without dots below audit.actions, and none to an unknown code', () => {
    expect(AUDIT_ACTION_CODES).toContain('progress.export.csv');
    for (const action of AUDIT_ACTION_CODES) expect(auditActionKey(action)).toMatch(/^audit\.actions\.[a-z0-9_-]+$/);
    expect(auditActionKey('cohort.roster.view')).toBe('audit.actions.cohort-roster-view');
    expect(auditActionKey('something.new')).toBeNull();
  });

  it('formats a time in Swedish time', () => {
    expect(formatAuditTime('2025-06-30T22:30:05Z', 'sv')).toContain('00:30:05');
    expect(formatAuditTime('not a time', 'en')).toBe('not a time');
  });
});
