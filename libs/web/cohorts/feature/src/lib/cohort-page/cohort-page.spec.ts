import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CohortActionsDto, Role } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { aCohort, aCohortProgress, aDaySlot, anEnrolment, anInvitation, ASA, BJORN, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import type { InvitationDto } from '@peer/contract';
import { aCourseVersion } from '@peer/web/curriculum/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { cohortsEn } from '../i18n/en';
import { cohortsSv } from '../i18n/sv';
import { CohortPage } from './cohort-page';

describe('CohortPage', () => {
  let http: HttpTestingController;

  afterEach(() => http.verify());

  const NOTHING_TO_DO: CohortActionsDto = { cohortId: COHORT_ID, attendanceToTake: 0, makeUpsOpen: 0, visitsToApprove: 0, rolePlaysToObserve: 0, readyToCertify: 0 };

  async function open(role: Role = 'course_leader', invitations: InvitationDto[] = [], actions: CohortActionsDto = NOTHING_TO_DO) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: cohortsSv, en: cohortsEn }),
        { provide: AuthService, useValue: { role: signal(role) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CohortPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    TestBed.tick();
    const withdrawn = anEnrolment(BJORN, { withdrawnAt: '2026-03-03T10:00:00.000Z', withdrawalReason: 'Flyttar' });
    http.expectOne(`/api/cohorts/${COHORT_ID}`).flush(aCohort({ enrolments: [anEnrolment(), withdrawn], invitations }));
    http.expectOne(`/api/cohorts/${COHORT_ID}/actions`).flush(actions);
    await settle();
    http.expectOne('/api/curriculum/courses/base/versions/1').flush(aCourseVersion(1));
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress());
    http.expectOne('/api/calendar-feeds').flush({ feeds: [] });
    if (role === 'admin') http.expectOne('/api/users?role=course_leader').flush({ users: [] });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const texts = (selector: string) => [...element.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === name) as HTMLButtonElement;
    return { element, texts, button };
  }

  it('names the cohort and lists every curriculum day, scheduled or not', async () => {
    const page = await open();

    expect(page.texts('h1')).toEqual(['Göteborg vår 2026']);
    expect(page.texts('h2')).toEqual(['Att göra', 'Schema', 'Deltagare', 'Rollspel', 'Kalender']);
    expect(page.texts('.cohort-actions-none')).toEqual(['Inget väntar på dig i kullen just nu.']);
    expect(page.texts('.day-title')).toEqual(['Dag 1: Återhämtning', 'Dag 2: Gränser']);
    expect(page.texts('.day .when')).toEqual(['mån 2 mars 2026, 09:00–16:00 Lokal Älvsborg', 'Inte schemalagd']);
    expect(page.button('Schemalägg dag 2')).toBeDefined();
    expect(page.button('Ändra dag 1')).toBeDefined();
  });

  it('leads with what the cohort needs from its staff, each linking to where it is done', async () => {
    const page = await open('course_leader', [], { ...NOTHING_TO_DO, makeUpsOpen: 2, rolePlaysToObserve: 5 });

    expect([...page.element.querySelectorAll('.cohort-actions a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Dagar att ta igen: 2', `/cohorts/${COHORT_ID}/progress`],
      ['Rollspel kvar att observera: 5', `/cohorts/${COHORT_ID}/progress`],
    ]);
  });

  it('links to the study visits to approve and the certificates', async () => {
    const page = await open();
    const links = [...page.element.querySelectorAll('.page-header a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);

    expect(links).toContainEqual(['Studiebesök att godkänna', `/cohorts/${COHORT_ID}/study-visits`]);
    expect(links).toContainEqual(['Intyg', `/cohorts/${COHORT_ID}/certificates`]);
  });

  it('opens the observation of the chosen role-play for each active trainee, with their state', async () => {
    const page = await open();
    const section = page.element.querySelector('peer-role-plays-section') as HTMLElement;
    const select = section.querySelector<HTMLSelectElement>('#role-play-scenario') as HTMLSelectElement;

    expect(section.querySelector('label[for=role-play-scenario]')?.textContent?.trim()).toBe('Rollspel att observera');
    expect([...select.options].map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['En gränsfråga (krävs)']);
    // The withdrawn trainee is not observed any more.
    const links = [...section.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([['Observera Åsa Lindström', `/cohorts/${COHORT_ID}/trainees/e-${ASA.id}/role-plays/boundary-question`]]);
    expect(page.texts('peer-role-plays-section .state')).toEqual(['○ Rollspelet ”En gränsfråga”: inte observerat än']);
  });

  it('shows withdrawn trainees apart, with when and why', async () => {
    const page = await open();

    expect(page.texts('peer-trainees-section table')[0]).toContain('Åsa Lindström');
    expect(page.texts('.withdrawn tbody tr > *')).toEqual(['Björn Öberg', '1 feb. 2026 11:00', '3 mars 2026 11:00', 'Flyttar']);
  });

  it('lists invitations apart from the trainees, with only what the leader typed, and withdraws one', async () => {
    const declined = anInvitation({ id: 'i-2', name: 'Dan Nej', email: 'dan@example.org', status: 'declined' });
    const page = await open('course_leader', [anInvitation(), declined]);

    expect(page.texts('.invitations h3')).toEqual(['Inbjudna']);
    expect(page.texts('.invitations tbody tr > *')).toEqual([
      ...['Cilla Nyberg', 'cilla.nyberg@example.org', '1 feb. 2026 11:00', 'Inbjuden', 'Återkalla inbjudan Cilla Nyberg'],
      ...['Dan Nej', 'dan@example.org', '1 feb. 2026 11:00', 'Tackade nej', 'Återkalla inbjudan Dan Nej'],
    ]);
    // An invitation is not a trainee: the roster's table holds only Åsa.
    expect(page.texts('peer-trainees-section table')[0]).not.toContain('Cilla Nyberg');
    page.button('Återkalla inbjudan Dan Nej').click();
    http.expectOne({ method: 'DELETE', url: `/api/cohorts/${COHORT_ID}/invitations/i-2` }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    http.expectOne(`/api/cohorts/${COHORT_ID}`).flush(aCohort({ enrolments: [anEnrolment()], invitations: [anInvitation()] }));
    await settle();
    expect(page.texts('peer-trainees-section [role=status]')).toEqual(['Inbjudan till Dan Nej är återkallad.']);
    expect(page.texts('.invitations tbody th')).toEqual(['Cilla Nyberg']);
  });

  it('shows an administrator what became of each invitation', async () => {
    const staff = anInvitation({ id: 'i-3', name: 'Kollega', email: 'kollega@example.org' });
    const page = await open('admin', [anInvitation(), staff]);
    const outcomes = http.expectOne({ method: 'GET', url: `/api/cohorts/${COHORT_ID}/invitations` });
    outcomes.flush({
      invitations: [
        { ...anInvitation(), outcome: 'trainee', invitedBy: 'Eva Kärrlund', acceptedAt: null, revokedAt: null },
        { ...staff, outcome: 'staff-account', invitedBy: 'Eva Kärrlund', acceptedAt: null, revokedAt: null },
      ],
    });
    await settle();
    expect(page.texts('.invitations .outcome')).toEqual([
      'Befintlig deltagare: länk för att tacka ja skickad',
      'Personalkonto: ingenting skickat, blir aldrig inskrivet',
    ]);
  });

  it('never asks what became of an invitation for a course leader', async () => {
    const page = await open('course_leader', [anInvitation()]);
    http.expectNone(`/api/cohorts/${COHORT_ID}/invitations`);
    expect(page.texts('.invitations .outcome')).toEqual([]);
  });

  it('schedules a day and shows it at once', async () => {
    const page = await open();

    page.button('Schemalägg dag 2').click();
    await settle();
    const set = (id: string, value: string) => {
      const input = page.element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('day-2-date', '2026-03-09');
    set('day-2-start', '09:30');
    set('day-2-end', '15:30');
    set('day-2-place', ' Lokal Älvsborg ');
    page.button('Spara dag 2').click();
    await settle();
    const request = http.expectOne({ method: 'PUT', url: `/api/cohorts/${COHORT_ID}/days/2` });
    expect(request.request.body).toEqual({ date: '2026-03-09', startTime: '09:30', endTime: '15:30', place: 'Lokal Älvsborg' });
    request.flush(aDaySlot({ id: 'd2', dayNumber: 2, title: { sv: 'Gränser', en: 'Boundaries' }, date: '2026-03-09', startTime: '09:30', endTime: '15:30' }));
    await settle();

    expect(page.texts('.day .when')[1]).toBe('mån 9 mars 2026, 09:30–15:30 Lokal Älvsborg');
    expect(page.texts('peer-schedule-section [role=status]')).toEqual(['Dag 2 är schemalagd mån 9 mars 2026 09:30–15:30.']);
  });

  it('refuses a day that ends before it starts, without asking the API', async () => {
    const page = await open();

    page.button('Schemalägg dag 2').click();
    await settle();
    const set = (id: string, value: string) => {
      const input = page.element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('day-2-date', '2026-03-09');
    set('day-2-start', '16:00');
    set('day-2-end', '09:00');
    set('day-2-place', 'Lokal Älvsborg');
    page.button('Spara dag 2').click();
    await settle();

    http.expectNone({ method: 'PUT' });
    expect(page.element.querySelector('#day-2-end')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('lets an administrator choose the course leaders', async () => {
    const page = await open('admin');

    expect(page.texts('h2')).toEqual(['Att göra', 'Schema', 'Deltagare', 'Rollspel', 'Kursledare', 'Kalender']);
  });
});
