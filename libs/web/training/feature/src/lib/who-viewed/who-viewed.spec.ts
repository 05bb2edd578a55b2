import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { DataAccessEntryDto } from '@peer/contract';
import { WhoViewed } from './who-viewed';
import { settle } from '@peer/web/shared/testing';

const entry = (id: number, action: string, name = 'Eva Kärrlund'): DataAccessEntryDto => ({
  id: String(id),
  at: '2026-12-01T09:15:00Z',
  action,
  staff: { name, role: 'course_leader' },
});

describe('WhoViewed', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      roles: { course_leader: 'Kursledare' },
      audit: {
        mine: { heading: 'Vem har sett mina uppgifter', none: 'Ingen personal har sett eller ändrat dina uppgifter ännu.' },
        events: { range: '{{from}}–{{to}} av {{total}}', next: 'Nästa', previous: 'Föregående' },
        actions: { 'cohort-roster-view': 'Visade kullens deltagarlista' },
      },
    });
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists who did what, naming known actions in words and showing unknown codes as they are', async () => {
    const fixture = TestBed.createComponent(WhoViewed);
    TestBed.tick();
    http.expectOne('/api/me/data-access?offset=0&limit=20').flush({ entries: [entry(2, 'cohort.roster.view'), entry(1, 'something.new', 'Åke Admin')], total: 2, offset: 0, limit: 20 });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim().replace(/\s+/g, ' ')));
    expect(rows.map((cells) => cells.slice(1))).toEqual([
      ['Eva Kärrlund (Kursledare)', 'Visade kullens deltagarlista'],
      ['Åke Admin (Kursledare)', 'something.new'],
    ]);
    expect(rows[0]?.[0]).toContain('10:15');
    expect(element.querySelector('nav.pager')).toBeNull();
  });

  it('says so when no staff member has seen her data, and pages when there is more', async () => {
    const fixture = TestBed.createComponent(WhoViewed);
    TestBed.tick();
    http.expectOne('/api/me/data-access?offset=0&limit=20').flush({ entries: [], total: 0, offset: 0, limit: 20 });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Ingen personal har sett eller ändrat dina uppgifter ännu.');

    const paged = TestBed.createComponent(WhoViewed);
    TestBed.tick();
    http.expectOne('/api/me/data-access?offset=0&limit=20').flush({ entries: Array.from({ length: 20 }, (_, i) => entry(30 - i, 'cohort.roster.view')), total: 25, offset: 0, limit: 20 });
    await settle();
    const next = [...(paged.nativeElement as HTMLElement).querySelectorAll('nav.pager button')].at(-1) as HTMLButtonElement;
    expect((paged.nativeElement as HTMLElement).querySelector('.range')?.textContent).toBe('1–20 av 25');
    next.click();
    TestBed.tick();
    http.expectOne('/api/me/data-access?offset=20&limit=20').flush({ entries: [entry(5, 'cohort.roster.view')], total: 25, offset: 20, limit: 20 });
    await settle();
    expect((paged.nativeElement as HTMLElement).querySelector('.range')?.textContent).toBe('21–21 av 25');
  });
});
