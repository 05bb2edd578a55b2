import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService } from '@ngx-translate/core';
import type { MyEnrolmentDto } from '@peer/contract';
import { aMyCourseDay, aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { trainingEn } from '../i18n/en';
import { trainingSv } from '../i18n/sv';
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

@Component({ template: '' })
class OtherSection {}

describe('TrainingPage (the overview)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: trainingSv, en: trainingEn }),
        provideRouter([
          { path: 'training', pathMatch: 'full', component: TrainingPage },
          { path: 'training/:section', component: OtherSection },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  async function open(enrolments: MyEnrolmentDto[]) {
    const navigation = harness.navigateByUrl('/training');
    await settle();
    http.expectOne('/api/me/training').flush({ enrolments });
    http.expectOne('/api/me/invitations').flush({ invitations: [] });
    await navigation;
    await settle();
    const element = harness.routeNativeElement as HTMLElement;
    /** The text a screen reader gets: without `aria-hidden` parts. */
    const texts = (selector: string, root: ParentNode = element) =>
      [...root.querySelectorAll(selector)].map((e) => {
        const copy = e.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
        return copy.textContent?.replace(/\s+/g, ' ').trim();
      });
    const section = (heading: string) =>
      [...element.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.trim() === heading) as HTMLElement;
    const links = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => [a.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
    return { element, texts, section, links };
  }

  it('is short: the standing of each cohort and what to do next, with the section navigation', async () => {
    const page = await open([anEnrolment()]);

    expect(page.texts('h1')).toEqual(['Min utbildning']);
    expect(page.texts('h2')).toEqual(['Det här saknas', 'Nästa steg']);
    expect(page.element.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Översikt');
    expect(page.element.querySelector('table')).toBeNull();
  });

  it('shows the summary and links to where the trainee acts next', async () => {
    const page = await open([anEnrolment()]);

    expect(page.texts('.summary-text')).toEqual(['2 av 5 krav uppfyllda']);
    expect(page.texts('.certifiable')).toEqual(['Du uppfyller inte alla krav än.']);
    const next = page.links(page.section('Nästa steg'));
    expect(next[0]).toEqual(['Dagar att ta igen: 1', '/training/schedule']);
    expect(next[1][0]).toMatch(/^Nästa kursdag: dag 2, \S+ 9 mars 2999$/);
    expect(next.slice(2)).toEqual([
      ['Rollspel och studiebesök som återstår: 1', '/training/practice'],
      ['Schema, närvaro och frånvaroanmälan', '/training/schedule'],
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

    TestBed.inject(TranslateService).use('en');
    await settle();
    expect(page.texts('h2')).toEqual(['What is missing', 'Next steps']);
    expect(page.texts('li', page.section('What is missing'))[0]).toBe('Pending: Day 1: Recovery Day 1 missing: make it up in another cohort');
  });

  it('says so when nothing is missing, and points to the certificates', async () => {
    const result = anEnrolment().result;
    const page = await open([
      anEnrolment({
        days: [anEnrolment().days[0]],
        result: {
          ...result,
          certifiable: true,
          requirements: result.requirements.map((r) => ({ ...r, status: 'met' as const })),
          openMakeUps: [],
          summary: { met: 5, pending: 0, failed: 0, total: 5 },
        },
      }),
    ]);

    expect(page.texts('p', page.section('Det här saknas'))).toEqual(['Inget saknas. Du uppfyller alla krav.']);
    expect(page.links(page.section('Nästa steg'))).toEqual([
      ['Dina intyg och delningslänkar', '/training/certificates'],
      ['Schema, närvaro och frånvaroanmälan', '/training/schedule'],
    ]);
  });

  it('tells a trainee without a cohort so', async () => {
    const page = await open([]);

    expect(page.texts('.card')[0]).toBe('Du är inte inskriven i någon kull än. Kontakta din kursledare om du tror att det är fel.');
  });

  it('sends an old link to a part of the long page on to its section', async () => {
    const navigation = harness.navigateByUrl('/training#my-certificates');
    await settle();
    for (const request of http.match(() => true)) request.flush(request.request.url.endsWith('invitations') ? { invitations: [] } : { enrolments: [] });
    await navigation;
    await settle();
    expect(TestBed.inject(Router).url).toBe('/training/certificates#my-certificates');
  });
});
