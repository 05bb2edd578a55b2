import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MyEnrolmentDto } from '@peer/contract';
import { aMyCourseDay, aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { trainingEn } from '../i18n/en';
import { trainingSv } from '../i18n/sv';
import { SchedulePage } from './schedule-page';

/** Day 1 in the past and missed, day 2 far in the future. */
function anEnrolment(overrides: Partial<MyEnrolmentDto> = {}): MyEnrolmentDto {
  const enrolment = aMyEnrolment();
  return {
    ...enrolment,
    days: [enrolment.days[0], aMyCourseDay({ ...enrolment.days[1], date: '2999-03-09' })],
    ...overrides,
  };
}

describe('SchedulePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: trainingSv, en: trainingEn }),
        provideRouter([{ path: 'training/schedule', component: SchedulePage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(enrolments: MyEnrolmentDto[]) {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/training/schedule');
    await settle();
    http.expectOne('/api/me/training').flush({ enrolments });
    http.expectOne('/api/calendar-feeds').flush({ feeds: [] });
    await navigation;
    await settle();
    // The trainee's make-up requests, read where there are days to make up.
    for (const request of http.match('/api/me/make-up-requests')) request.flush({ requests: [] });
    await settle();
    const element = harness.routeNativeElement as HTMLElement;
    const texts = (selector: string, root: ParentNode = element) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    const section = (heading: string) =>
      [...element.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === heading) as HTMLElement;
    const buttons = (text: string) => [...element.querySelectorAll('button')].filter((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
    return { element, texts, section, buttons };
  }

  it('has the days to make up, the schedule and the calendar under its own heading and navigation', async () => {
    const page = await open([anEnrolment()]);

    expect(page.texts('h1')).toEqual(['Schema och närvaro']);
    expect(page.texts('h2')).toEqual(['Att ta igen', 'Schema', 'Kalender']);
    expect(page.element.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Schema och närvaro');
  });

  it('shows the days to make up and the attendance of each day', async () => {
    const page = await open([anEnrolment()]);

    expect(page.texts('li', page.section('Att ta igen'))).toEqual(['Dag 1 saknas: ta igen i en annan kull']);
    expect(page.texts('tbody .status')).toEqual(['Frånvarande (ogiltig)', 'Kommande']);
  });

  it('says so when there is nothing to make up', async () => {
    const page = await open([anEnrolment({ result: { ...anEnrolment().result, openMakeUps: [] } })]);

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
    for (const again of http.match('/api/me/make-up-requests')) again.flush({ requests: [] });
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

  it('offers the trainee a calendar link of their own', async () => {
    const page = await open([anEnrolment()]);
    const calendar = page.section('Kalender');

    expect(calendar.textContent).toContain('En privat kalenderlänk med dina kursdagar.');
    expect(page.buttons('Skapa kalenderlänk')).toHaveLength(1);
  });
});
