import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { MyEnrolmentDto } from '@peer/contract';
import { aMyCourseDay, aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { aCourseVersion, studyVisitsOf } from '@peer/web/curriculum/data-access/testing';
import { aCertificate } from '@peer/web/certificates/data-access/testing';
import { aSignedAttempt } from '@peer/web/practice/data-access/testing';
import { TEST_TRANSLATIONS_SV } from '../testing/test-translations';
import { TrainingPage } from './training-page';

/** Day 1 in the past and missed, day 2 far in the future. */
function anEnrolment(overrides: Partial<MyEnrolmentDto> = {}): MyEnrolmentDto {
  const enrolment = aMyEnrolment();
  return {
    ...enrolment,
    days: [enrolment.days[0], aMyCourseDay({ ...enrolment.days[1], date: '2999-03-09' })],
    ...overrides,
  };
}

describe('TrainingPage', () => {
  let http: HttpTestingController;
  let translate: TranslateService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', TEST_TRANSLATIONS_SV);
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle() {
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
    }
  }

  async function open(enrolments: MyEnrolmentDto[]) {
    const fixture = TestBed.createComponent(TrainingPage);
    TestBed.tick();
    http.expectOne('/api/me/training').flush({ enrolments });
    http.expectOne('/api/calendar-feeds').flush({ feeds: [] });
    http.expectOne('/api/me/certificates').flush({ certificates: [aCertificate()] });
    http.expectOne('/api/me/share-links').flush({ links: [] });
    http.expectOne('/api/me/invitations').flush({ invitations: [] });
    http.expectOne('/api/me/data-access?offset=0&limit=20').flush({ entries: [], total: 0, offset: 0, limit: 20 });
    http.expectOne('/api/me/erasure-request').flush({ request: null });
    http.expectOne('/api/me/supervision').flush({ sessions: [], totalHours: 0, hoursPerYear: [] });
    await settle();
    if (enrolments.length > 0) {
      // The role-plays and study visits of the enrolment.
      http.expectOne('/api/curriculum/courses/base/versions/1').flush(aCourseVersion(1));
      http.expectOne('/api/me/role-plays').flush({ attempts: [aSignedAttempt({ enrolmentId: enrolments[0].enrolmentId })] });
      http.expectOne('/api/curriculum/courses/base/versions/1/study-visits').flush({ studyVisits: studyVisitsOf() });
      http.expectOne('/api/me/study-visits').flush({ studyVisits: [] });
      // The trainee's make-up requests, read where there are days to make up.
      for (const request of http.match('/api/me/make-up-requests')) request.flush({ requests: [] });
      await settle();
    }
    const element = fixture.nativeElement as HTMLElement;
    /** The text a screen reader gets: without `aria-hidden` parts. */
    const texts = (selector: string, root: ParentNode = element) =>
      [...root.querySelectorAll(selector)].map((e) => {
        const copy = e.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
        return copy.textContent?.replace(/\s+/g, ' ').trim();
      });
    const section = (heading: string) =>
      [...element.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === heading) as HTMLElement;
    const buttons = (text: string) => [...element.querySelectorAll('button')].filter((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
    return { element, texts, section, buttons };
  }

  it('has the headings the trainee finds their way by', async () => {
    const page = await open([anEnrolment()]);

    expect(page.texts('h1')).toEqual(['Min utbildning']);
    expect(page.texts('h2')).toEqual(['Att ta igen', 'Det här saknas', 'Schema', 'Rollspel', 'Studiebesök', 'Mina intyg', 'Min handledning', 'Kalender', 'Vem har sett mina uppgifter', 'Mina uppgifter']);
  });

  it("shows each required role-play with its signed attempts, and the trainee's certificates", async () => {
    const page = await open([anEnrolment()]);
    const rolePlays = page.section('Rollspel');

    expect(page.texts('h3', rolePlays)).toEqual(['En gränsfråga']);
    expect(page.texts('h4', rolePlays)).toEqual(['Försök 1 Godkänd']);
    expect(rolePlays.textContent).toContain('Säger tydligt nej till privat kontakt.');
    expect(rolePlays.textContent).toContain('Tydligt och varmt.');
    expect(page.buttons('Skriv en reflektion: En gränsfråga, försök 1')).toHaveLength(1);

    const certificates = page.section('Mina intyg');
    const links = [...certificates.querySelectorAll('a')].map((a) => [a.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Ladda ner PDF: Grundutbildning för peer supporter', `/api/certificates/${aCertificate().id}/pdf`],
      ['Kontrollera: Grundutbildning för peer supporter', aCertificate().verifyUrl],
    ]);
  });

  it("lists what is missing by kind, with the engine's reasons in the UI language", async () => {
    const page = await open([anEnrolment()]);
    const missing = page.section('Det här saknas');

    expect(page.texts('h3', missing)).toEqual(['Närvaro', 'Rollspel']);
    expect(page.texts('li', missing)).toEqual([
      'Återstår: Dag 1: Återhämtning Dag 1 saknas: ta igen i en annan kull',
      'Återstår: Dag 2: Gränser Dag 2 (2026-03-09) har inte ägt rum än',
      'Återstår: Rollspel: En gränsfråga Rollspelet ”En gränsfråga”: inte observerat än',
    ]);

    translate.setTranslation('en', { ...TEST_TRANSLATIONS_SV, requirementState: { met: 'Met', pending: 'Pending', failed: 'Cannot be met' } });
    translate.use('en');
    await settle();
    expect(page.texts('li', page.section('Det här saknas'))[0]).toBe('Pending: Day 1: Recovery Day 1 missing: make it up in another cohort');
  });

  it('shows the summary, the days to make up and the attendance of each day', async () => {
    const page = await open([anEnrolment()]);

    expect(page.texts('.summary-text')).toEqual(['2 av 5 krav uppfyllda']);
    expect(page.texts('.certifiable')).toEqual(['Du uppfyller inte alla krav än.']);
    expect(page.texts('li', page.section('Att ta igen'))).toEqual(['Dag 1 saknas: ta igen i en annan kull']);
    expect(page.texts('tbody .status')).toEqual(['Frånvarande (ogiltig)', 'Kommande']);
  });

  it('says so when nothing is missing', async () => {
    const result = anEnrolment().result;
    const page = await open([
      anEnrolment({
        result: {
          ...result,
          certifiable: true,
          requirements: result.requirements.map((r) => ({ ...r, status: 'met' as const })),
          openMakeUps: [],
          summary: { met: 5, pending: 0, failed: 0, total: 5 },
        },
      }),
    ]);

    expect(page.texts('p', page.section('Det här saknas'))).toEqual(['Inget saknas.']);
    expect(page.texts('p', page.section('Att ta igen'))).toEqual(['Du har inga dagar att ta igen.']);
  });

  it('reports an absence in advance for a future day only', async () => {
    const page = await open([anEnrolment()]);
    expect(page.buttons('Anmäl frånvaro')).toHaveLength(1);

    page.buttons('Anmäl frånvaro')[0].click();
    await settle();
    const reason = page.element.querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'Läkarbesök';
    reason.dispatchEvent(new Event('input'));
    page.buttons('Skicka anmälan')[0].click();
    await settle();
    const day2 = anEnrolment().days[1];
    const request = http.expectOne({ method: 'POST', url: `/api/me/course-days/${day2.id}/absence` });
    expect(request.request.body).toEqual({ reason: 'Läkarbesök' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne('/api/me/training').flush({ enrolments: [anEnrolment({ days: [anEnrolment().days[0], { ...day2, absenceReported: true }] })] });
    await settle();

    expect(page.texts('[role=status]').filter(Boolean)).toContain('Din frånvaro dag 2 är anmäld till kursledarna.');
    expect(page.buttons('Anmäl frånvaro')).toHaveLength(0);
    expect(page.texts('tbody .badge')).toEqual(['Frånvaro anmäld']);
  });

  it('explains when the day has already begun', async () => {
    const page = await open([anEnrolment()]);
    page.buttons('Anmäl frånvaro')[0].click();
    await settle();
    page.buttons('Skicka anmälan')[0].click();
    await settle();
    const errors = [{ field: 'courseDayId', rule: 'future', message: 'an absence can only be reported before the day' }];
    http
      .expectOne({ method: 'POST' })
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Request validation failed', errors }, { status: 400, statusText: 'Bad Request' });
    await settle();

    expect(page.texts('peer-report-absence-form [role=alert]')).toEqual(['Dagen har redan börjat. Kontakta din kursledare.']);
  });

  it('tells a trainee without a cohort so', async () => {
    const page = await open([]);

    expect(page.texts('.card')[0]).toBe('Du är inte inskriven i någon kull än.');
  });
});
