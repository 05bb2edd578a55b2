import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RolePlayAttemptDto, UserDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { aUser } from '@peer/web/auth/data-access/testing';
import { aCohort, COHORT_ID, LEADER } from '@peer/web/cohorts/data-access/testing';
import { aCourseVersion } from '@peer/web/curriculum/data-access/testing';
import { anAttempt, aSignedAttempt, ATTEMPT_ID, ENROLMENT_ID } from '@peer/web/practice/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { practiceEn } from '../i18n/en';
import { practiceSv } from '../i18n/sv';
import { AUTOSAVE_DELAY_MS, ObservationPage } from './observation-page';

const CRITERIA = ['says-no-clearly', 'explains-why', 'acknowledges-relationship', 'offers-alternatives'];

describe('ObservationPage', () => {
  let http: HttpTestingController;

  afterEach(() => {
    // The form's backup lives in the tab's session storage: each test starts without one.
    sessionStorage.clear();
    http.verify();
  });

  const afterAutosaveDelay = () => new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100));

  async function open(attempts: RolePlayAttemptDto[] = [], user: UserDto = aUser({ id: LEADER.id, role: 'course_leader' })) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: practiceSv, en: practiceEn }),
        { provide: AuthService, useValue: { user: signal(user), role: signal(user.role) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ObservationPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    fixture.componentRef.setInput('enrolmentId', ENROLMENT_ID);
    fixture.componentRef.setInput('scenarioId', 'boundary-question');
    TestBed.tick();
    http.expectOne(`/api/cohorts/${COHORT_ID}`).flush(aCohort());
    http.expectOne(`/api/cohorts/${COHORT_ID}/enrolments/${ENROLMENT_ID}/role-plays`).flush({ attempts });
    await settle();
    http.expectOne('/api/curriculum/courses/base/versions/1').flush(aCourseVersion(1));
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b) === name) as HTMLButtonElement | undefined;
    const radio = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const mark = (criterion: string, shown: boolean) => radio(`mark-${criterion}-${shown ? 'shown' : 'not-shown'}`).click();
    const alert = () => text(element.querySelector('.sign [role=alert]'));
    return { element, text, button, radio, mark, alert };
  }

  it('shows the scenario, each criterion as a radio group with feedback, and the privacy reminder', async () => {
    const page = await open();

    expect(page.text(page.element.querySelector('h1'))).toBe('En gränsfråga');
    expect(page.text(page.element.querySelector('summary'))).toBe('Situation och roller');
    expect(page.text(page.element.querySelector('h2'))).toBe('Försök 1 Utkast');
    const groups = [...page.element.querySelectorAll('[role=radiogroup]')];
    expect(groups.map((g) => page.text(page.element.querySelector(`#${g.getAttribute('aria-labelledby')}`)))).toEqual([
      '1. Säger tydligt nej till privat kontakt.',
      '2. Förklarar varför gränsen finns.',
      '3. Bekräftar det som har varit värdefullt.',
      '4. Hjälper patienten att hitta andra vägar.',
      'Resultat',
    ]);
    expect(page.text(groups[0].querySelector(`label[for=mark-says-no-clearly-shown]`))).toBe('Visat');
    expect(page.text(groups[0].querySelector(`label[for=mark-says-no-clearly-not-shown]`))).toBe('Inte visat än');
    expect([...groups[4].querySelectorAll('label')].map((l) => page.text(l))).toEqual(['Godkänd', 'Inte godkänd än']);
    const feedback = page.element.querySelector('#feedback-says-no-clearly') as HTMLTextAreaElement;
    expect(page.text(page.element.querySelector('label[for=feedback-says-no-clearly]'))).toBe('Återkoppling: Säger tydligt nej till privat kontakt.');
    expect(page.text(page.element.querySelector(`#${feedback.getAttribute('aria-describedby')}`))).toBe(
      'Skriv inte om patienter eller andra personer som kan kännas igen.',
    );
    expect(page.element.querySelectorAll('.privacy-hint')).toHaveLength(5);
  });

  it('signs only when every criterion is marked, after a confirmation, and then shows the attempt read-only', async () => {
    const page = await open();

    page.mark('says-no-clearly', true);
    page.radio('result-passed').click();
    page.button('Signera')?.click();
    await settle();

    http.expectNone(() => true);
    expect(page.alert()).toBe('Markera alla kriterier innan du signerar. Inte markerade: kriterium 2, 3, 4.');
    expect(page.element.querySelectorAll('.criterion.invalid')).toHaveLength(3);
    expect(page.text(page.element.querySelector('#unmarked-explains-why'))).toBe('Inte markerat');
    expect(page.button('Bekräfta signeringen')).toBeUndefined();

    for (const criterion of CRITERIA.slice(1)) page.mark(criterion, true);
    await settle();
    expect(page.alert()).toBe('');
    const feedback = page.element.querySelector('#feedback-says-no-clearly') as HTMLTextAreaElement;
    feedback.value = ' Tydligt och varmt. ';
    feedback.dispatchEvent(new Event('input'));

    page.button('Signera')?.click();
    await settle();
    expect(page.text(page.element.querySelector('#confirm-heading'))).toBe('Signera försök 1?');
    expect(page.button('Signera')).toBeUndefined();
    page.button('Bekräfta signeringen')?.click();
    await settle();

    // No attempt yet: it is opened, saved, then signed.
    const start = http.expectOne({ method: 'POST', url: `/api/cohorts/${COHORT_ID}/enrolments/${ENROLMENT_ID}/role-plays` });
    expect(start.request.body).toEqual({ scenarioId: 'boundary-question' });
    start.flush(anAttempt());
    await settle();
    const save = http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` });
    expect(save.request.body).toEqual({
      criteria: CRITERIA.map((criterionId) => (criterionId === 'says-no-clearly' ? { criterionId, shown: true, feedback: 'Tydligt och varmt.' } : { criterionId, shown: true })),
      result: 'passed',
    });
    save.flush(aSignedAttempt({ status: 'draft', result: null, signedAt: null }));
    await settle();
    const sign = http.expectOne({ method: 'POST', url: `/api/role-play-attempts/${ATTEMPT_ID}/sign` });
    expect(sign.request.body).toEqual({ result: 'passed' });
    sign.flush(aSignedAttempt());
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe('Försök 1 är signerat.');
    expect(page.text(page.element.querySelector('h2'))).toBe('Försök 1 Godkänd');
    expect(page.text(page.element.querySelector('.signed-by'))).toMatch(/^Signerad av Eva Kärrlund 9 mars 2026 11:30$/);
    expect(page.element.querySelector('[role=radiogroup]')).toBeNull();
    expect(page.button('Nytt försök')).toBeDefined();
  });

  it('refuses "passed" while a criterion is not yet shown', async () => {
    const page = await open();
    for (const criterion of CRITERIA.slice(0, 3)) page.mark(criterion, true);
    page.mark('offers-alternatives', false);
    page.radio('result-passed').click();
    page.button('Signera')?.click();
    await settle();

    expect(page.alert()).toBe('Resultatet kan bara bli ”Godkänd” när alla kriterier är visade. Inte visat än: kriterium 4.');

    page.radio('result-not_yet').click();
    await settle();
    expect(page.alert()).toBe('');
    page.button('Signera')?.click();
    await settle();
    expect(page.button('Bekräfta signeringen')).toBeDefined();
    http.expectNone(() => true);
  });

  it('saves a draft: opens the attempt the first time, then only saves it', async () => {
    const page = await open();
    page.mark('says-no-clearly', false);
    page.button('Spara utkast')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: `/api/cohorts/${COHORT_ID}/enrolments/${ENROLMENT_ID}/role-plays` }).flush(anAttempt());
    await settle();
    const draft = anAttempt({ criteria: anAttempt().criteria.map((c, i) => (i === 0 ? { ...c, shown: false } : c)) });
    http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` }).flush(draft);
    await settle();
    expect(page.text(page.element.querySelector('[role=status]'))).toBe('Utkastet är sparat.');
    expect(page.radio('mark-says-no-clearly-not-shown').checked).toBe(true);

    page.mark('explains-why', true);
    page.button('Spara utkast')?.click();
    await settle();
    const second = http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` });
    expect(second.request.body.criteria).toEqual([
      { criterionId: 'says-no-clearly', shown: false },
      { criterionId: 'explains-why', shown: true },
    ]);
    second.flush(draft);
    await settle();
  });

  it('saves by itself shortly after a change, with the result chosen so far', async () => {
    const page = await open([anAttempt()]);
    page.radio('result-not_yet').click();
    await settle();
    expect(page.text(page.element.querySelector('#autosave-status'))).toBe('Ändrat: sparas strax …');
    http.expectNone({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` });

    await afterAutosaveDelay();
    await settle();
    const save = http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` });
    expect(save.request.body).toEqual({ criteria: [], result: 'not_yet' });
    save.flush(anAttempt({ draftResult: 'not_yet' }));
    await settle();
    expect(page.text(page.element.querySelector('#autosave-status'))).toMatch(/^Utkastet sparades .+\.$/);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps what was typed when the save fails, says so, and brings it back after a reload to save it', async () => {
    const first = await open([anAttempt()]);
    first.mark('explains-why', true);
    await afterAutosaveDelay();
    await settle();
    http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` }).error(new ProgressEvent('offline'), { status: 0 });
    await settle();
    expect(first.text(first.element.querySelector('#autosave-status'))).toBe(
      'Inte sparat än: det du skrivit finns kvar i den här fliken och sparas när anslutningen är tillbaka.',
    );

    // The page is reloaded: a new component finds the marks in the tab and saves them at once.
    TestBed.resetTestingModule();
    const second = await open([anAttempt()]);
    expect(second.radio('mark-explains-why-shown').checked).toBe(true);
    expect(second.text(second.element.querySelector('#autosave-status'))).toBe('Det du skrev innan sidan laddades om är tillbaka och sparas nu.');
    await settle();
    const save = http.expectOne({ method: 'PUT', url: `/api/role-play-attempts/${ATTEMPT_ID}` });
    expect(save.request.body.criteria).toEqual([{ criterionId: 'explains-why', shown: true }]);
    save.flush(anAttempt({ criteria: anAttempt().criteria.map((c) => (c.criterionId === 'explains-why' ? { ...c, shown: true } : c)) }));
    await settle();
    expect(sessionStorage.length).toBe(0);
  });

  it('opens a saved draft with its marks and the result chosen so far', async () => {
    const draft = anAttempt({
      criteria: anAttempt().criteria.map((c, i) => (i === 1 ? { ...c, shown: true, feedback: 'Bra förklaring.' } : c)),
      overallFeedback: 'Fortsätt så.',
    });
    const page = await open([{ ...draft, draftResult: 'passed' }]);

    expect(page.radio('result-passed').checked).toBe(true);
    expect(page.radio('mark-explains-why-shown').checked).toBe(true);
    expect(page.radio('mark-says-no-clearly-shown').checked).toBe(false);
    expect((page.element.querySelector('#feedback-explains-why') as HTMLTextAreaElement).value).toBe('Bra förklaring.');
    expect((page.element.querySelector('#overall-feedback') as HTMLTextAreaElement).value).toBe('Fortsätt så.');
  });

  it('shows a signed attempt read-only with its reflections, and starts a new attempt to correct it', async () => {
    const signed = aSignedAttempt({
      result: 'not_yet',
      reflections: [{ id: 'r1', text: 'Jag blev osäker.', createdAt: '2026-03-09T12:00:00.000Z', afterSigning: true }],
    });
    const page = await open([signed]);

    expect(page.text(page.element.querySelector('h2'))).toBe('Försök 1 Inte godkänd än');
    expect(page.text(page.element.querySelector('.reflections'))).toContain('Jag blev osäker.');
    expect(page.text(page.element.querySelector('.reflections'))).toContain('efter signeringen');

    page.button('Nytt försök')?.click();
    await settle();

    expect(page.text(page.element.querySelector('h2'))).toBe('Försök 2 Utkast');
    expect(page.radio('mark-says-no-clearly-shown').checked).toBe(false);
    expect(page.text(page.element.querySelector('#earlier-heading'))).toBe('Tidigare försök');
    expect(page.text(page.element.querySelector('.earlier summary'))).toMatch(/^Försök 1: Inte godkänd än · Signerad av Eva Kärrlund/);
  });

  it('shows an administrator the attempts without the form', async () => {
    const page = await open([aSignedAttempt()], aUser({ role: 'admin' }));

    expect(page.text(page.element.querySelector('.alert-info'))).toBe('Bara en kursledare för kullen kan observera och signera. Du ser försöken utan att kunna ändra dem.');
    expect(page.element.querySelector('[role=radiogroup]')).toBeNull();
    expect(page.button('Nytt försök')).toBeUndefined();
    expect(page.text(page.element.querySelector('h2'))).toBe('Försök 1 Godkänd');
  });

  it('says so when the trainee is not in the cohort', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: practiceSv, en: practiceEn }),
        { provide: AuthService, useValue: { user: signal(aUser()), role: signal('course_leader') } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ObservationPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    fixture.componentRef.setInput('enrolmentId', 'e-unknown');
    fixture.componentRef.setInput('scenarioId', 'boundary-question');
    TestBed.tick();
    http.expectOne(`/api/cohorts/${COHORT_ID}`).flush(aCohort());
    http
      .expectOne(`/api/cohorts/${COHORT_ID}/enrolments/e-unknown/role-plays`)
      .flush({ statusCode: 404, error: 'Not Found', message: 'No such enrolment in this cohort' }, { status: 404, statusText: 'Not Found' });
    await settle();
    http.expectOne('/api/curriculum/courses/base/versions/1').flush(aCourseVersion(1));
    await settle();

    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe('Rollspelet finns inte');
  });
});
