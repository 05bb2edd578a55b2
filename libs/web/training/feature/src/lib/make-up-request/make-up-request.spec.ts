import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MyMakeUpRequestDto } from '@peer/contract';
import { aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { trainingEn } from '../i18n/en';
import { trainingSv } from '../i18n/sv';
import { MakeUpRequest } from './make-up-request';

describe('MakeUpRequest', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: trainingSv, en: trainingEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(requests: MyMakeUpRequestDto[]) {
    const fixture = TestBed.createComponent(MakeUpRequest);
    fixture.componentRef.setInput('enrolment', aMyEnrolment());
    TestBed.tick();
    http.expectOne('/api/me/make-up-requests').flush({ requests });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const text = () => element.textContent?.replace(/\s+/g, ' ').trim();
    const button = (label: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label);
    return { element, text, button };
  }

  it('asks the own leader to make a missed day up, with an optional note', async () => {
    const enrolmentId = aMyEnrolment().enrolmentId;
    const page = await open([]);
    (page.button('Be att få ta igen dag 1 i en annan kull') as HTMLButtonElement).click();
    await settle();
    const note = page.element.querySelector('textarea') as HTMLTextAreaElement;
    expect(page.element.querySelector(`label[for="${note.id}"]`)?.textContent?.trim()).toBe('Något din kursledare behöver veta om dag 1? (frivilligt)');
    note.value = 'Tisdagar passar';
    note.dispatchEvent(new Event('input'));
    (page.button('Skicka') as HTMLButtonElement).click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `/api/me/enrolments/${enrolmentId}/make-up-requests` });
    expect(request.request.body).toEqual({ dayNumber: 1, note: 'Tisdagar passar' });
    const asked = { id: 'b-1', enrolmentId, dayNumber: 1, status: 'requested' as const, requestNote: 'Tisdagar passar', hostDay: null };
    request.flush(asked);
    await settle();
    http.expectOne('/api/me/make-up-requests').flush({ requests: [asked] });
    await settle();

    expect(page.element.querySelector('[role=status]')?.textContent?.trim()).toBe('Din kursledare har fått din fråga om dag 1.');
    expect(page.text()).toContain('Dag 1: du har bett att få ta igen dagen. Din kursledare bokar en dag.');
    expect(page.button('Be att få ta igen dag 1 i en annan kull')).toBeUndefined();
  });

  it('shows where a booked day is, and nothing to ask for', async () => {
    const enrolmentId = aMyEnrolment().enrolmentId;
    const hostDay = { id: 'd-9', dayNumber: 1, date: '2026-04-07', startTime: '09:00', endTime: '16:00', place: 'Lokal Lund' };
    const page = await open([{ id: 'b-1', enrolmentId, dayNumber: 1, status: 'booked', requestNote: null, hostDay }]);

    expect(page.text()).toContain('Dag 1 är bokad:');
    expect(page.text()).toContain('09:00–16:00, Lokal Lund');
    expect(page.button('Be att få ta igen dag 1 i en annan kull')).toBeUndefined();
  });

  it('says why a request was refused', async () => {
    const page = await open([]);
    (page.button('Be att få ta igen dag 1 i en annan kull') as HTMLButtonElement).click();
    await settle();
    (page.button('Skicka') as HTMLButtonElement).click();
    await settle();
    http
      .expectOne({ method: 'POST' })
      .flush(
        { statusCode: 409, code: 'make-up.already-open', error: 'Conflict', message: 'Day 1 already has an open make-up request or booking' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(page.element.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Det gick inte att skicka. Det finns redan en fråga eller bokning för den dagen.',
    );
  });
});
