import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import type { Role } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { aCourseSummary } from '@peer/web/curriculum/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { curriculumEn } from '../i18n/en';
import { curriculumSv } from '../i18n/sv';
import { CourseListPage } from './course-list-page';

describe('CourseListPage', () => {
  let http: HttpTestingController;
  let translate: TranslateService;
  const role = signal<Role>('trainee');

  beforeEach(() => {
    role.set('trainee');
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: curriculumSv, en: curriculumEn }), { provide: AuthService, useValue: { role } }],
    });
    translate = TestBed.inject(TranslateService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const psychosis = aCourseSummary({
    id: 'psychosis',
    kind: 'module',
    title: { sv: 'Fördjupning: psykos', en: 'Specialisation: psychosis' },
    prerequisites: ['base'],
    dayCount: 2,
    hours: 12.5,
    latestVersion: 3,
  });

  it('lists the base course first, with kind, days, hours, prerequisites and latest version', async () => {
    const fixture = TestBed.createComponent(CourseListPage);
    TestBed.tick();
    http.expectOne('/api/curriculum/courses').flush({ courses: [psychosis, aCourseSummary()] });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const cards = [...element.querySelectorAll('li.course-card')];

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Kursplan');
    expect(cards.map((card) => card.querySelector('h2')?.textContent?.trim())).toEqual(['Grundutbildning för peer supporter', 'Fördjupning: psykos']);
    expect(cards.map((card) => card.querySelector('h2 a')?.getAttribute('href'))).toEqual(['/curriculum/base', '/curriculum/psychosis']);
    const module = cards[1].textContent?.replace(/\s+/g, ' ') ?? '';
    expect(module).toContain('Fördjupningsmodul');
    expect(module).toContain('12,5 timmar');
    expect(module).toContain('Grundutbildning för peer supporter');
    expect(module).toContain('Version 3, publicerad 12 januari 2026');
    expect(cards[0].textContent).toContain('Inga');

    translate.use('en');
    await settle();

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Curriculum');
    expect(cards[1].querySelector('h2')?.textContent?.trim()).toBe('Specialisation: psychosis');
    expect(cards[1].textContent).toContain('12.5 hours');
  });

  it('marks an organisation’s own module with the organisation, and a national course not', async () => {
    const forensic = aCourseSummary({
      id: 'nsph-skane.forensic-care',
      kind: 'module',
      title: { sv: 'Fördjupning: rättspsykiatri', en: 'Specialisation: forensic care' },
      prerequisites: ['base'],
      organisation: 'NSPH Skåne',
    });
    const fixture = TestBed.createComponent(CourseListPage);
    TestBed.tick();
    http.expectOne('/api/curriculum/courses').flush({ courses: [aCourseSummary(), forensic] });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const badges = () => [...element.querySelectorAll('li.course-card')].map((card) => [...card.querySelectorAll('.badge')].map((b) => b.textContent?.trim()));

    expect(badges()).toEqual([['Grundutbildning'], ['Fördjupningsmodul', 'Regional modul – NSPH Skåne']]);

    translate.use('en');
    await settle();

    expect(badges()).toEqual([['Base course'], ['Specialised module', 'Regional module – NSPH Skåne']]);
  });

  it('offers both administrators to publish: the national one the national courses, an organisation’s one its own modules', async () => {
    const page = TestBed.createComponent(CourseListPage);
    TestBed.tick();
    http.expectOne('/api/curriculum/courses').flush({ courses: [] });
    await settle();
    expect(page.nativeElement.querySelector('a[href="/curriculum/publish"]')).toBeNull();

    role.set('leader');
    await settle();
    expect(page.nativeElement.querySelector('a[href="/curriculum/publish"]')).toBeNull();

    role.set('admin');
    await settle();
    expect(page.nativeElement.querySelector('a[href="/curriculum/publish"]')?.textContent?.trim()).toBe('Publicera organisationens moduler');

    role.set('national_admin');
    await settle();
    expect(page.nativeElement.querySelector('a[href="/curriculum/publish"]')?.textContent?.trim()).toBe('Publicera ändringar');
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const fixture = TestBed.createComponent(CourseListPage);
    TestBed.tick();
    http.expectOne('/api/curriculum/courses').flush(null, { status: 503, statusText: 'Service Unavailable' });
    await settle();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[role=alert]')).not.toBeNull();
    element.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    await settle();
    http.expectOne('/api/curriculum/courses').flush({ courses: [aCourseSummary()] });
    await settle();

    expect(element.querySelectorAll('li.course-card')).toHaveLength(1);
  });
});
