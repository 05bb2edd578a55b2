import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { PublishPreviewResponse, Role } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { curriculumEn } from '../i18n/en';
import { curriculumSv } from '../i18n/sv';
import { PublishPage } from './publish-page';

const PREVIEW: PublishPreviewResponse = {
  courses: [
    {
      courseId: 'base',
      title: { sv: 'Grundutbildning för peer supporter', en: 'Base course for peer supporters' },
      current: 2,
      status: 'changed',
      changes: [{ path: 'course.days[number=7].title.sv', kind: 'changed', before: 'Lagar', after: 'Lagar och sekretess' }],
    },
    { courseId: 'psychosis', title: { sv: 'Fördjupning: psykos', en: 'Specialisation: psychosis' }, current: 1, status: 'unchanged', changes: [] },
    { courseId: 'peer-work', title: { sv: 'Peer-arbete i team', en: 'Peer work in teams' }, current: null, status: 'new', changes: [] },
  ],
};

describe('PublishPage', () => {
  let http: HttpTestingController;
  const role = signal<Role>('national_admin');

  beforeEach(() => {
    role.set('national_admin');
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: curriculumSv, en: curriculumEn }), { provide: AuthService, useValue: { role } }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(preview: PublishPreviewResponse) {
    const fixture = TestBed.createComponent(PublishPage);
    TestBed.tick();
    http.expectOne('/api/curriculum/publish/preview').flush(preview);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    return { element, text };
  }

  it('shows what publishing would do first: the changes of each changed course and the new ones, not the unchanged', async () => {
    const page = await open(PREVIEW);

    expect([...page.element.querySelectorAll('.publish-list h2')].map((h) => page.text(h))).toEqual(['Grundutbildning för peer supporter', 'Peer-arbete i team']);
    const items = [...page.element.querySelectorAll('.publish-list > li')];
    expect(page.text(items[0]?.querySelector('p'))).toBe('Version 2 blir version 3 med 1 ändringar:');
    expect(page.text(items[0]?.querySelector('peer-change-list .path'))).toBe('course.days[number=7].title.sv');
    expect(page.text(items[1]?.querySelector('p'))).toBe('Ny kurs: blir version 1.');
    expect(page.text(page.element.querySelector('h1'))).toBe('Publicera kursplanen');
  });

  it('shows an organisation’s administrator her organisation’s own modules, and says so when it has none yet', async () => {
    role.set('admin');
    const page = await open({ courses: [] });

    expect(page.text(page.element.querySelector('h1'))).toBe('Publicera organisationens moduler');
    expect(page.text(page.element.querySelector('.lead'))).toContain('mapp organisations/');
    expect(page.text(page.element.querySelector('p.card'))).toBe(
      'Organisationen har inga egna moduler i kursplanen än. De läggs i kursplanens mapp organisations/, under organisationens kortnamn, och kontrolleras med npm run curriculum:check.',
    );
    expect(page.element.querySelector('button.btn-primary')).toBeNull();
  });

  it('tells an organisation’s administrator her modules are up to date when none has changed', async () => {
    role.set('admin');
    const page = await open({
      courses: [{ courseId: 'nsph-skane.forensic-care', title: { sv: 'Rättspsykiatri', en: 'Forensic care' }, current: 1, status: 'unchanged', changes: [] }],
    });

    expect(page.text(page.element.querySelector('p.card'))).toBe('Alla kurser är publicerade som de ser ut nu. Det finns inget nytt att publicera.');
  });

  it('publishes after the preview and lists the versions it created', async () => {
    const page = await open(PREVIEW);
    (page.element.querySelector('button.btn-primary') as HTMLButtonElement).click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/curriculum/publish' }).flush({
      courses: [
        { courseId: 'base', version: 3, status: 'created' },
        { courseId: 'psychosis', version: 1, status: 'unchanged' },
        { courseId: 'peer-work', version: 1, status: 'created' },
      ],
    });
    await settle();
    http.expectOne('/api/curriculum/publish/preview').flush({ courses: PREVIEW.courses.map((c) => ({ ...c, status: 'unchanged', changes: [] })) });
    await settle();

    expect(page.text(page.element.querySelector('[role=status] p'))).toBe('Publicerat: 2 nya versioner.');
    expect([...page.element.querySelectorAll('[role=status] a')].map((a) => a.getAttribute('href'))).toEqual(['/curriculum/base/versions/3', '/curriculum/peer-work/versions/1']);
    expect(page.text(page.element.querySelector('p.card'))).toBe('Alla kurser är publicerade som de ser ut nu. Det finns inget nytt att publicera.');
  });

  it('says in its own words when the content has errors', async () => {
    const fixture = TestBed.createComponent(PublishPage);
    TestBed.tick();
    http
      .expectOne('/api/curriculum/publish/preview')
      .flush({ statusCode: 422, code: 'request.invalid', message: 'base/course.yaml: days: must be 12', errors: [] }, { status: 422, statusText: 'Unprocessable Entity' });
    await settle();

    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role=alert] p');
    expect(alert?.textContent?.trim()).toBe('Kursplanen har fel och kan inte publiceras. Kör npm run curriculum:check för att se var.');
  });
});
