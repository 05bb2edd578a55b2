import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { StudyVisitDto } from '@peer/contract';
import { aCohortSummary, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { aReflectedVisit, aStudyVisit, VISIT_ID } from '@peer/web/practice/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { practiceEn } from '../i18n/en';
import { practiceSv } from '../i18n/sv';
import { StudyVisitQueuePage } from './study-visit-queue-page';

describe('StudyVisitQueuePage', () => {
  let http: HttpTestingController;
  const base = `/api/cohorts/${COHORT_ID}/study-visits`;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: practiceSv, en: practiceEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(visits: StudyVisitDto[]) {
    const fixture = TestBed.createComponent(StudyVisitQueuePage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    TestBed.tick();
    http.expectOne(base).flush({ studyVisits: visits });
    http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    return { element, text, button };
  }

  it('lists the reflected visits with everything the leader needs to decide', async () => {
    const page = await open([aReflectedVisit(), aStudyVisit({ id: 'other', status: 'awaiting_host', confirmedAt: null })]);

    expect(page.text(page.element.querySelector('h1'))).toBe('Studiebesök att godkänna');
    const visit = page.element.querySelector('article.visit') as HTMLElement;
    expect(page.text(visit.querySelector('h2'))).toBe('Åsa Lindström: Studiebesök i heldygnsvård');
    expect([...visit.querySelectorAll('.facts dd')].map((dd) => page.text(dd))).toEqual([
      'Avdelning 12, Sahlgrenska',
      'Heldygnsvård',
      'ons 4 mars 2026',
      '4 tim',
      'vard@example.org',
      '5 mars 2026 09:00',
    ]);
    expect([...visit.querySelectorAll('.answers dt, .answers dd')].map((e) => page.text(e))).toEqual([
      'Hur tas en person emot?',
      'Med lugn och tid.',
      'Vilka regler styr vardagen?',
      'Fasta tider för måltider och besök.',
      'Vad väckte besöket hos dig?',
      'Igenkänning och hopp.',
    ]);
    expect(page.element.querySelectorAll('article.visit')).toHaveLength(1);
    expect(page.element.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('tells the leader when the host unit gave other hours than the trainee', async () => {
    const page = await open([aReflectedVisit({ hostAnswer: 'hours-differ', hours: 2.5, registeredHours: 4 })]);

    const hours = [...page.element.querySelectorAll('article.visit .facts dd')].map((dd) => page.text(dd))[3];
    expect(hours).toBe('2,5 tim (värden ändrade från deltagarens 4 tim)');
  });

  it('approves a visit', async () => {
    const page = await open([aReflectedVisit()]);
    page.button('Godkänn')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: `${base}/${VISIT_ID}/approve` }).flush(aReflectedVisit({ status: 'approved' }));
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe('Studiebesöket för Åsa Lindström är godkänt.');
    expect(page.element.querySelectorAll('article.visit')).toHaveLength(0);
  });

  it("says when the API refuses an approval, in its own words", async () => {
    const page = await open([aReflectedVisit()]);
    page.button('Godkänn')?.click();
    await settle();
    http
      .expectOne(`${base}/${VISIT_ID}/approve`)
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'The host unit has not confirmed this visit: it cannot be approved' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http.expectOne(base).flush({ studyVisits: [aReflectedVisit()] });
    await settle();

    // Worded by the web: the server's English reason is never shown.
    expect([...page.element.querySelectorAll('article [role=alert] p')].map((p) => page.text(p))).toEqual(['Det gick inte.']);
  });

  it('returns a visit with a comment, which it asks for first', async () => {
    const page = await open([aReflectedVisit()]);
    page.button('Skicka tillbaka')?.click();
    await settle();

    const comment = page.element.querySelector('textarea') as HTMLTextAreaElement;
    const label = page.element.querySelector(`label[for="${comment.id}"]`);
    expect(page.text(label)).toBe('Kommentar till deltagaren');
    const hints = (comment.getAttribute('aria-describedby') ?? '').split(' ').map((id) => page.text(page.element.querySelector(`#${id}`)));
    expect(hints).toContain('Skriv inte om patienter eller andra personer som kan kännas igen.');
    expect(page.button('Godkänn')).toBeUndefined();

    page.button('Skicka tillbaka')?.click();
    await settle();
    http.expectNone(`${base}/${VISIT_ID}/return`);
    expect(hints.length).toBeGreaterThan(0);
    expect(page.text(page.element.querySelector('peer-field-errors'))).toBe('Skriv en kommentar till deltagaren.');

    comment.value = 'Utveckla svaret på fråga 2.';
    comment.dispatchEvent(new Event('input'));
    page.button('Skicka tillbaka')?.click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `${base}/${VISIT_ID}/return` });
    expect(request.request.body).toEqual({ comment: 'Utveckla svaret på fråga 2.' });
    request.flush(aReflectedVisit({ status: 'returned', leaderComment: 'Utveckla svaret på fråga 2.' }));
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe('Studiebesöket är tillbakaskickat till Åsa Lindström.');
    expect(page.text(page.element.querySelector('tbody .status'))).toBe('Tillbakaskickat');
  });
});
