import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { aCourseVersion, aVersionSummary, studyVisitsOf } from '@peer/web/curriculum/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { curriculumEn } from '../i18n/en';
import { curriculumSv } from '../i18n/sv';
import { CoursePage } from './course-page';

const API = '/api/curriculum/courses';

describe('CoursePage', () => {
  let http: HttpTestingController;
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: curriculumSv, en: curriculumEn })],
    });
    translate = TestBed.inject(TranslateService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets answers travel through promise chains, then renders. */

  async function open(courseId: string, version?: string) {
    const fixture = TestBed.createComponent(CoursePage);
    fixture.componentRef.setInput('courseId', courseId);
    if (version !== undefined) fixture.componentRef.setInput('version', version);
    TestBed.tick();
    const element = fixture.nativeElement as HTMLElement;
    const texts = (selector: string) => [...element.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    return { element, texts, text: (selector: string) => texts(selector)[0] };
  }

  /** Answers the requests for the latest version (1) of the fixture course. */
  async function answerLatest() {
    http.expectOne(`${API}/base/versions`).flush({ versions: [aVersionSummary(1)] });
    await settle();
    http.expectOne(`${API}/base/versions/1`).flush(aCourseVersion(1));
    http.expectOne(`${API}/base/versions/1/study-visits`).flush({ studyVisits: studyVisitsOf() });
    await settle();
  }

  it('shows the latest version with its days, role-plays, study visits and requirements', async () => {
    const page = await open('base');
    expect(page.text('[role=status]')).toBe('Laddar …');

    await answerLatest();

    expect(page.text('h1')).toBe('Grundutbildning för peer supporter');
    expect(page.texts('h2')).toEqual(['Teman', 'Kursdagar', 'Rollspel', 'Studiebesök', 'Krav för godkänt', 'Intyg']);
    expect(page.texts('peer-course-days h3')).toEqual(['Dag 1: Återhämtning', 'Dag 2: Gränser']);
    expect(page.texts('peer-role-play-scenarios h3')).toEqual(['En gränsfråga']);
    expect(page.texts('peer-study-visit-list h3')).toEqual(['Studiebesök i heldygnsvård', 'Studiebesök i boendestöd']);
    expect(page.texts('peer-study-visit-list .badge')).toEqual(['Krävs för godkänt', 'Rekommenderas']);
    expect(page.texts('peer-completion-requirements p')).toContain(
      'Högst 2 dagar med frånvaro får tas igen, genom att gå samma kursdag i en annan kull eller genom en kompletteringsuppgift som kursledaren godkänner.',
    );
    expect(page.texts('peer-completion-requirements p')).toContain('Deltagaren ska vara med på alla 2 kursdagar.');
    expect(page.texts('nav a[aria-current=page]')).toEqual(['Version 1']);
  });

  it('expands a day to show its sessions with minutes and kind', async () => {
    const page = await open('base');
    await answerLatest();

    const toggle = page.element.querySelector<HTMLButtonElement>('#day-1 button') as HTMLButtonElement;
    const content = page.element.querySelector<HTMLElement>('#day-1-content') as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(content.hidden).toBe(true);

    toggle.click();
    await settle();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(content.hasAttribute('hidden')).toBe(false);
    const rows = [...page.element.querySelectorAll('#day-1-content tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Vad är återhämtning?', 'Föreläsning', '90'],
      ['Reflektion', 'Reflektion', '30'],
    ]);
    expect(page.text('#day-1-content caption')).toContain('120 minuter');
  });

  it('shows the content in the other language when the user switches', async () => {
    const page = await open('base');
    await answerLatest();

    translate.use('en');
    await settle();

    expect(page.text('h1')).toBe('Base course for peer supporters');
    expect(page.texts('h2')).toEqual(['Learning themes', 'Course days', 'Role-plays', 'Study visits', 'Completion requirements', 'Certificate']);
    expect(page.texts('peer-course-days h3')).toEqual(['Day 1: Recovery', 'Day 2: Boundaries']);
    expect(page.texts('peer-completion-requirements p')).toContain(
      'At most 2 days of absence may be made up, by attending the same course day in another cohort or by a compensatory assignment approved by the course leader.',
    );
    expect(document.title).toBe('Base course for peer supporters – PEER Academy');
  });

  it('shows an older version with the changes from the version before it', async () => {
    const page = await open('base', '2');
    http.expectOne(`${API}/base/versions`).flush({ versions: [aVersionSummary(1), aVersionSummary(2), aVersionSummary(3)] });
    http.expectOne(`${API}/base/versions/2`).flush(aCourseVersion(2));
    http.expectOne(`${API}/base/versions/2/study-visits`).flush({ studyVisits: studyVisitsOf() });
    await settle();
    http
      .expectOne(`${API}/base/versions/2/diff?from=1`)
      .flush({ courseId: 'base', from: 1, to: 2, changes: [{ path: 'course.days[number=1].sessions[0].minutes', kind: 'changed', before: 75, after: 90 }] });
    await settle();

    expect(page.text('.alert-info p')).toBe('Du läser version 2. Den senaste versionen är 3.');
    expect(page.texts('nav a[aria-current=page]')).toEqual(['Version 2']);
    expect(page.texts('h2').at(-1)).toBe('Ändringar från version 1');
    expect(page.text('peer-version-changes .path')).toBe('course.days[number=1].sessions[0].minutes');
    expect(page.texts('peer-version-changes pre')).toEqual(['75', '90']);
  });

  it('compares a version with any earlier one the reader picks', async () => {
    const page = await open('base', '3');
    http.expectOne(`${API}/base/versions`).flush({ versions: [aVersionSummary(1), aVersionSummary(2), aVersionSummary(3)] });
    http.expectOne(`${API}/base/versions/3`).flush(aCourseVersion(3));
    http.expectOne(`${API}/base/versions/3/study-visits`).flush({ studyVisits: studyVisitsOf() });
    await settle();
    http.expectOne(`${API}/base/versions/3/diff?from=2`).flush({ courseId: 'base', from: 2, to: 3, changes: [] });
    await settle();
    const select = document.querySelector('#version-changes-from') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent?.trim())).toEqual(['Version 2', 'Version 1']);

    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await settle();
    http
      .expectOne(`${API}/base/versions/3/diff?from=1`)
      .flush({ courseId: 'base', from: 1, to: 3, changes: [{ path: 'course.hours', kind: 'changed', before: 70, after: 72 }] });
    await settle();

    expect(page.texts('h2').at(-1)).toBe('Ändringar från version 1');
    expect(page.texts('peer-version-changes pre')).toEqual(['70', '72']);
  });

  it('says so when the course does not exist', async () => {
    const page = await open('nope');
    http.expectOne(`${API}/nope/versions`).flush({ statusCode: 404, message: 'No published course "nope"' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(page.text('h1')).toBe('Kursen finns inte');
  });

  it('says so when the version does not exist, without asking for it', async () => {
    const page = await open('base', 'latest');
    http.expectOne(`${API}/base/versions`).flush({ versions: [aVersionSummary(1)] });
    await settle();

    expect(page.text('h1')).toBe('Versionen finns inte');
  });

  it('offers to try again after a server error', async () => {
    const page = await open('base');
    http.expectOne(`${API}/base/versions`).flush({ statusCode: 500 }, { status: 500, statusText: 'Internal Server Error' });
    await settle();

    expect(page.text('[role=alert] p')).toBe('Det gick inte att hämta kursen. Något gick fel hos oss. Försök igen om en stund.');
    page.element.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    await settle();
    await answerLatest();

    expect(page.text('h1')).toBe('Grundutbildning för peer supporter');
  });
});
