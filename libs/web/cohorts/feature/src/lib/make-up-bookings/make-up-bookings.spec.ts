import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { HostDayDto, MakeUpBookingDto } from '@peer/contract';
import { COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { cohortsEn } from '../i18n/en';
import { cohortsSv } from '../i18n/sv';
import { MakeUpBookings } from './make-up-bookings';

const BASE = `/api/cohorts/${COHORT_ID}`;
const HOST_DAY: HostDayDto = { id: 'd-9', dayNumber: 2, date: '2026-04-07', startTime: '09:00', endTime: '16:00', place: 'Lokal Lund' };
const OPEN = [
  { dayNumber: 1, reason: { sv: 'Dag 1 saknas', en: 'Day 1 missing' } },
  { dayNumber: 2, reason: { sv: 'Dag 2 saknas', en: 'Day 2 missing' } },
];

function aBooking(overrides: Partial<MakeUpBookingDto> = {}): MakeUpBookingDto {
  return { id: 'b-1', enrolmentId: 'e-1', traineeId: 't-1', traineeName: 'Åsa Ö', dayNumber: 1, status: 'requested', requestNote: 'Tisdagar passar', hostDay: null, requestedAt: '2026-03-01T10:00:00.000Z', ...overrides };
}

describe('MakeUpBookings', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: cohortsSv, en: cohortsEn })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(bookings: MakeUpBookingDto[]) {
    const fixture = TestBed.createComponent(MakeUpBookings);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    fixture.componentRef.setInput('enrolmentId', 'e-1');
    fixture.componentRef.setInput('openMakeUps', OPEN);
    let changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    TestBed.tick();
    http.expectOne(`${BASE}/make-up-bookings`).flush({ bookings });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const button = (label: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label) as HTMLButtonElement;
    return { element, button, changed: () => changed };
  }

  it('accepts the trainee’s request into a host day, showing when and where only', async () => {
    const page = await open([aBooking()]);
    // Day 2 is the one left to book directly; day 1 waits for acceptance.
    http.expectOne(`${BASE}/days/2/host-days`).flush({ days: [HOST_DAY] });
    http.expectOne(`${BASE}/days/1/host-days`).flush({ days: [{ ...HOST_DAY, id: 'd-8', dayNumber: 1 }] });
    await settle();
    expect(page.element.textContent).toContain('Deltagaren skrev: Tisdagar passar');
    expect(page.element.querySelector('#accept-host-b-1 option')?.textContent).toContain('09:00–16:00, Lokal Lund');

    page.button('Boka dag 1').click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `${BASE}/make-up-bookings/b-1/accept` });
    expect(request.request.body).toEqual({ hostCourseDayId: 'd-8' });
    request.flush(aBooking({ status: 'booked', hostDay: { ...HOST_DAY, id: 'd-8', dayNumber: 1 } }));
    await settle();
    http.expectOne(`${BASE}/make-up-bookings`).flush({ bookings: [aBooking({ status: 'booked', hostDay: { ...HOST_DAY, id: 'd-8', dayNumber: 1 } })] });
    await settle();

    expect(page.element.querySelector('[role=status]')?.textContent?.trim()).toBe('Dagen är bokad.');
    expect(page.button('Avboka dag 1')).toBeDefined();
    expect(page.changed()).toBe(1);
  });

  it('books a missed day directly into the chosen host day', async () => {
    const page = await open([]);
    http.expectOne(`${BASE}/days/1/host-days`).flush({ days: [] });
    await settle();
    expect(page.element.textContent).toContain('Ingen annan kull av kursen har schemalagt den dagen.');

    const day = page.element.querySelector('#book-day') as HTMLSelectElement;
    day.value = '2';
    day.dispatchEvent(new Event('change'));
    await settle();
    http.expectOne(`${BASE}/days/2/host-days`).flush({ days: [HOST_DAY, { ...HOST_DAY, id: 'd-10', place: 'Lokal Malmö' }] });
    await settle();
    const host = page.element.querySelector('#book-host-day') as HTMLSelectElement;
    host.value = 'd-10';
    host.dispatchEvent(new Event('change'));
    page.button('Boka').click();
    await settle();
    const request = http.expectOne({ method: 'POST', url: `${BASE}/enrolments/e-1/make-up-bookings` });
    expect(request.request.body).toEqual({ dayNumber: 2, hostCourseDayId: 'd-10' });
    request.flush(aBooking({ dayNumber: 2, status: 'booked', hostDay: HOST_DAY }));
    await settle();
    http.expectOne(`${BASE}/make-up-bookings`).flush({ bookings: [] });
    await settle();
    expect(page.changed()).toBe(1);
  });
});
