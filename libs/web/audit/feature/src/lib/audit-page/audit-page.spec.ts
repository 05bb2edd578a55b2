import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { AuditEventPageDto, UserDto } from '@peer/contract';
import { pageHarness, settle, visibleText } from '@peer/web/shared/testing';
import { AuditPage } from './audit-page';

const trainee: UserDto = { id: '1e0c4e9f-9b54-4e5b-8e9b-1a3b4c5d6e7f', email: 'asa.lindstrom@example.org', name: 'Åsa Lindström', role: 'trainee', mustChangePassword: false, active: true, personalIdentity: false };
const leader: UserDto = { id: '0d9b3d8e-8a43-4d4a-9d8a-0f2a3b4c5d6e', email: 'eva.karrlund@example.org', name: 'Eva Kärrlund', role: 'course_leader', mustChangePassword: false, active: true, personalIdentity: false };

const page = (overrides: Partial<AuditEventPageDto> = {}): AuditEventPageDto => ({
  events: [
    {
      id: '7',
      at: '2026-12-01T09:15:00Z',
      action: 'cohort.roster.view',
      actor: { id: leader.id, name: leader.name, role: 'course_leader' },
      subjectType: 'cohort',
      subjectId: 'c1',
      people: [{ id: trainee.id, name: trainee.name }],
      peopleCount: 4,
    },
    { id: '6', at: '2026-12-01T09:00:00Z', action: 'something.new', actor: null, subjectType: 'thing', subjectId: null, people: [], peopleCount: 0 },
  ],
  total: 2,
  offset: 0,
  limit: 50,
  ...overrides,
});

describe('AuditPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService(), provideRouter([])] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      roles: { course_leader: 'Kursledare', trainee: 'Kursdeltagare' },
      audit: {
        filters: { anyone: 'Alla', anyAction: 'Alla händelser' },
        events: { system: 'Systemet', more: 'och {{count}} till', range: '{{from}}–{{to}} av {{total}}' },
        subjects: { cohort: 'Kull' },
        actions: { 'cohort-roster-view': 'Visade kullens deltagarlista' },
      },
    });
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(inputs: Record<string, string> = {}) {
    const fixture = TestBed.createComponent(AuditPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    TestBed.tick();
    http.expectOne('/api/users').flush({ users: [trainee, leader] });
    return pageHarness(fixture);
  }

  it('shows who did what to whose data, in words where the action is known', async () => {
    const view = await open();
    http.expectOne('/api/audit/events?offset=0&limit=50').flush(page());
    await settle();
    const rows = [...view.element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(visibleText));
    expect(rows.map((cells) => cells.slice(1))).toEqual([
      ['Eva Kärrlund (Kursledare)', 'Visade kullens deltagarlista', 'Kull', 'Åsa Lindström och 3 till'],
      ['Systemet', 'something.new', 'thing', ''],
    ]);
    expect(rows[0]?.[0]).toContain('10:15');
    expect(view.text('.range')).toBe('1–2 av 2');
    // A person is picked by name from the user list; only staff can be the actor.
    expect(view.texts('#audit-person option')).toEqual(['Alla', 'Eva Kärrlund (eva.karrlund@example.org)', 'Åsa Lindström (asa.lindstrom@example.org)']);
    expect(view.texts('#audit-actor option')).toEqual(['Alla', 'Eva Kärrlund (Kursledare)']);
  });

  it('asks for the filters in the address and offers the same selection as CSV', async () => {
    const view = await open({ person: trainee.id, action: 'cohort.roster.view', from: '2026-12-01', to: 'not-a-day', offset: '50' });
    http.expectOne(`/api/audit/events?person=${trainee.id}&action=cohort.roster.view&from=2026-12-01&offset=50&limit=50`).flush(page({ offset: 50, total: 52 }));
    await settle();
    expect(view.element.querySelector('a[download]')?.getAttribute('href')).toBe(`/api/audit/events.csv?person=${trainee.id}&action=cohort.roster.view&from=2026-12-01&lang=sv`);
    expect((view.element.querySelector('#audit-person') as HTMLSelectElement).value).toBe(trainee.id);
    expect(view.text('.range')).toBe('51–52 av 52');
  });

  it('puts a chosen filter in the address and starts again from the first page', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const view = await open({ offset: '50' });
    http.expectOne('/api/audit/events?offset=50&limit=50').flush(page({ offset: 50, total: 52 }));
    await settle();
    await view.select(view.element.querySelector('#audit-person') as HTMLSelectElement, trainee.id);
    expect(navigate).toHaveBeenCalledWith(['/admin/audit'], { queryParams: { person: trainee.id, offset: null }, queryParamsHandling: 'merge', replaceUrl: true });
  });
});
