import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StudyVisitDto } from '@peer/contract';
import { aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { studyVisitsOf } from '@peer/web/curriculum/data-access/testing';
import { aReflectedVisit, aStudyVisit, ENROLMENT_ID, VISIT_ID } from '@peer/web/practice/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { practiceEn } from '../i18n/en';
import { practiceSv } from '../i18n/sv';
import { StudyVisitLog } from './study-visit-log';

describe('StudyVisitLog', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: practiceSv, en: practiceEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(visits: StudyVisitDto[] = []) {
    const fixture = TestBed.createComponent(StudyVisitLog);
    fixture.componentRef.setInput('enrolment', aMyEnrolment({ enrolmentId: ENROLMENT_ID }));
    TestBed.tick();
    http.expectOne('/api/curriculum/courses/base/versions/1/study-visits').flush({ studyVisits: studyVisitsOf() });
    http.expectOne('/api/me/study-visits').flush({ studyVisits: visits });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim();
    const field = (label: string) => {
      const found = [...element.querySelectorAll('label')].find((l) => text(l) === label);
      return element.querySelector(`#${found?.getAttribute('for')}`) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    };
    const type = (label: string, value: string) => {
      const input = field(label);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    const errorsOf = (label: string) =>
      (field(label).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .flatMap((id) => [...element.querySelectorAll(`#${id} .field-error`)].map((e) => text(e)));
    const button = (name: string) => [...element.querySelectorAll('button')].find((b) => text(b)?.startsWith(name)) as HTMLButtonElement | undefined;
    return { element, text, field, type, errorsOf, button };
  }

  async function fillIn(page: Awaited<ReturnType<typeof open>>, hours = '3,5') {
    page.type('Enhetens namn', 'Avdelning 12');
    page.type('Organisation', 'Sahlgrenska');
    page.type('Datum', '2026-03-04');
    page.type('Timmar', hours);
    page.type('Värdens e-post', 'vard@example.org');
    await settle();
  }

  it('offers the course study visits, the required first, with the kind of unit they need', async () => {
    const page = await open();
    const select = page.field('Studiebesök enligt kursplanen') as HTMLSelectElement;

    expect([...select.options].map((o) => page.text(o))).toEqual(['Studiebesök i heldygnsvård (krävs)', 'Studiebesök i boendestöd']);
    expect(page.text(page.element.querySelector('.kind'))).toBe('Typ av enhet: Heldygnsvård. Minst 4 timmar.');
    expect(page.text(page.element.querySelector('.privacy-hint'))).toBe('Skriv inte om patienter eller andra personer som kan kännas igen.');
  });

  it('registers a visit with the kind of its requirement and the hours as a number', async () => {
    const page = await open();
    await fillIn(page);
    page.button('Registrera studiebesöket')?.click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: '/api/me/study-visits' });
    expect(request.request.body).toEqual({
      enrolmentId: ENROLMENT_ID,
      requirementId: 'inpatient-visit',
      kind: 'inpatient',
      unitName: 'Avdelning 12',
      organisation: 'Sahlgrenska',
      date: '2026-03-04',
      hours: 3.5,
      hostEmail: 'vard@example.org',
    });
    request.flush(aStudyVisit({ status: 'awaiting_host', confirmedAt: null, hours: 3.5 }));
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe(
      'Studiebesöket på Avdelning 12 är registrerat och värden har fått en bekräftelselänk.',
    );
    expect(page.text(page.element.querySelector('.visit h4'))).toBe('Studiebesök i heldygnsvård Väntar på värden');
    expect((page.field('Enhetens namn') as HTMLInputElement).value).toBe('');
  });

  it("shows the API's field errors at their fields, and the others above the form", async () => {
    const page = await open();
    await fillIn(page);
    page.button('Registrera studiebesöket')?.click();
    await settle();
    const errors = [
      { field: 'hostEmail', rule: 'isEmail', message: 'hostEmail must be an e-mail address' },
      { field: 'kind', rule: 'matchesRequirement', message: 'kind must be inpatient for this study visit' },
      { field: 'enrolmentId', rule: 'isUuid', message: 'enrolmentId must be an enrolment id' },
    ];
    http
      .expectOne('/api/me/study-visits')
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Request validation failed', errors }, { status: 400, statusText: 'Bad Request' });
    await settle();

    expect(page.errorsOf('Värdens e-post')).toEqual(['Ange en giltig e-postadress, till exempel namn@exempel.se.']);
    expect(page.field('Värdens e-post').getAttribute('aria-invalid')).toBe('true');
    expect(page.errorsOf('Studiebesök enligt kursplanen')).toEqual(['Typen av enhet stämmer inte med studiebesöket.']);
    const alert = [...page.element.querySelectorAll('peer-register-study-visit-form [role=alert] p, peer-register-study-visit-form [role=alert] li')].map((p) => page.text(p));
    expect(alert).toEqual(['Något behöver rättas. Se meddelandena vid fälten.', 'Värdet är inte giltigt.']);
    expect(page.text(page.element.querySelector('peer-register-study-visit-form [role=alert]'))).not.toContain('enrolmentId');
  });

  it.each([
    [400, 'hostEmail.domain-not-allowed', 'Värdens e-postadress måste höra till en av de organisationer som utbildningen samarbetar med. Fråga kursledaren om du är osäker.'],
    [429, 'mail.limit-recipient', 'Det har skickats så många bekräftelselänkar i dag att fler inte skickas förrän i morgon.'],
  ])('shows a %s with rule %s at the host e-mail in words', async (status, rule, text) => {
    const page = await open();
    await fillIn(page);
    page.button('Registrera studiebesöket')?.click();
    await settle();
    http
      .expectOne('/api/me/study-visits')
      .flush({ statusCode: status, error: 'Refused', message: 'Refused', errors: [{ field: 'hostEmail', rule, message: 'refused' }] }, { status, statusText: 'Refused' });
    await settle();

    expect(page.errorsOf('Värdens e-post')).toEqual([text]);
  });

  it('checks the hours before asking the API', async () => {
    const page = await open();
    await fillIn(page, '2,25');
    page.button('Registrera studiebesöket')?.click();
    await settle();

    http.expectNone('/api/me/study-visits');
    expect(page.errorsOf('Timmar')).toEqual(['Ange 0,5–24 timmar med högst en decimal, till exempel 3,5.']);
  });

  it('sends the host the confirmation link again', async () => {
    const page = await open([aStudyVisit({ status: 'awaiting_host', confirmedAt: null })]);
    page.button('Skicka bekräftelselänk igen')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: `/api/me/study-visits/${VISIT_ID}/send-confirmation` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(page.text(page.element.querySelector('[role=status]'))).toBe('En ny bekräftelselänk är skickad till vard@example.org. Tidigare länkar slutar fungera.');
  });

  it('waits for the day before a planned visit can be confirmed', async () => {
    const page = await open([aStudyVisit({ status: 'planned', date: '2999-01-01', confirmedAt: null })]);

    expect(page.button('Skicka bekräftelselänk')).toBeUndefined();
    expect(page.text(page.element.querySelector('.visit'))).toContain('Du kan skicka bekräftelselänken på dagen för besöket.');
  });

  it('asks one question per field, with the reminder, and hands in the answers', async () => {
    const page = await open([aStudyVisit()]);
    const questions = ['Hur tas en person emot?', 'Vilka regler styr vardagen?', 'Vad väckte besöket hos dig?'];
    for (const question of questions) {
      const area = page.field(question);
      expect(area).toBeInstanceOf(HTMLTextAreaElement);
      const hints = (area.getAttribute('aria-describedby') ?? '').split(' ').map((id) => page.text(page.element.querySelector(`#${id}`)));
      expect(hints).toContain('Skriv inte om patienter eller andra personer som kan kännas igen.');
    }

    page.type(questions[0], 'Med lugn.');
    page.type(questions[2], 'Hopp.');
    page.button('Lämna in reflektionen')?.click();
    await settle();
    http.expectNone(`/api/me/study-visits/${VISIT_ID}/reflection`);
    expect(page.errorsOf(questions[1])).toEqual(['Svara på frågan.']);

    page.type(questions[1], ' Fasta tider. ');
    page.button('Lämna in reflektionen')?.click();
    await settle();
    const request = http.expectOne({ method: 'PUT', url: `/api/me/study-visits/${VISIT_ID}/reflection` });
    expect(request.request.body).toEqual({ answers: ['Med lugn.', 'Fasta tider.', 'Hopp.'] });
    request.flush(aReflectedVisit({ answers: ['Med lugn.', 'Fasta tider.', 'Hopp.'] }));
    await settle();

    expect(page.text(page.element.querySelector('.visit h4'))).toBe('Studiebesök i heldygnsvård Reflektion inlämnad');
    expect(page.button('Ändra reflektionen')).toBeDefined();
  });

  it("shows the course leader's comment on a returned visit, above the reflection to complete", async () => {
    const page = await open([aReflectedVisit({ status: 'returned', leaderComment: 'Utveckla svaret på fråga 2.' })]);

    expect([...page.element.querySelectorAll('.comment p')].map((p) => page.text(p))).toEqual(['Kursledarens kommentar', 'Utveckla svaret på fråga 2.']);
    expect((page.field('Vilka regler styr vardagen?') as HTMLTextAreaElement).value).toBe('Fasta tider för måltider och besök.');
  });

  it('shows the hours the host gave, with her own figure beside them', async () => {
    const page = await open([aStudyVisit({ hostAnswer: 'hours-differ', hours: 2.5, registeredHours: 3.5 })]);

    expect(page.text(page.element.querySelector('li.visit .facts div:nth-child(3) dd'))).toBe('2,5 tim (värden angav andra timmar än du: du angav 3,5 tim)');
  });

  it('says plainly when the host answered that the visit did not take place, and offers nothing more on it', async () => {
    const page = await open([aStudyVisit({ status: 'not_held', hostAnswer: 'not-held' })]);

    expect(page.text(page.element.querySelector('li.visit h4'))).toContain('Ägde inte rum');
    expect(page.text(page.element.querySelector('li.visit .alert-info'))).toMatch(/^Värden svarade .+ att besöket inte ägde rum\. Registrera ett nytt besök när du har gjort ett\.$/);
    expect(page.button('Skicka bekräftelselänk')).toBeUndefined();
    expect(page.button('Lämna in reflektionen')).toBeUndefined();
  });
});
