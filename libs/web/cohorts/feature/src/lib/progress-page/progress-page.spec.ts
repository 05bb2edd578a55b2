import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MakeUpBookingDto } from '@peer/contract';
import { aCohortProgress, aCohortSummary, aProgressRow, ASA, BJORN, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { cohortsEn } from '../i18n/en';
import { cohortsSv } from '../i18n/sv';
import { ProgressPage } from './progress-page';

describe('ProgressPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: cohortsSv, en: cohortsEn })],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(query: { show?: string; requirement?: string; offset?: string } = {}, options: { bookings?: MakeUpBookingDto[] } = {}) {
    const fixture = TestBed.createComponent(ProgressPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    if (query.show) fixture.componentRef.setInput('show', query.show);
    if (query.requirement) fixture.componentRef.setInput('requirement', query.requirement);
    if (query.offset) fixture.componentRef.setInput('offset', query.offset);
    TestBed.tick();
    http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] });
    http.expectOne(`/api/cohorts/${COHORT_ID}/make-up-bookings`).flush({ bookings: options.bookings ?? [] });
    const element = fixture.nativeElement as HTMLElement;
    return { element, fixture };
  }

  it('leads with the trainees who asked to make up a day, linking to each', async () => {
    const request = { id: 'b-1', enrolmentId: 'e-1', traineeId: ASA.id, traineeName: ASA.name, dayNumber: 1, status: 'requested' as const, requestNote: null, hostDay: null, requestedAt: '2026-03-01T10:00:00.000Z' };
    const page = await open({}, { bookings: [request, { ...request, id: 'b-2', dayNumber: 2, status: 'booked' }] });
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress());
    await settle();

    const links = [...page.element.querySelectorAll('peer-make-up-requests-notice a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual([`${ASA.name} vill ta igen dag 1`]);
    expect(links[0]?.getAttribute('href')).toBe(`/cohorts/${COHORT_ID}/progress/${ASA.id}`);
  });

  it('shows the matrix: a row per trainee, a state word and symbol per requirement, the reason for assistive technology', async () => {
    const page = await open();
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress());
    await settle();

    expect(page.element.querySelector('h1')?.textContent?.trim()).toBe('Översikt');
    expect(page.element.querySelector('.badge')?.textContent?.trim()).toBe('Göteborg vår 2026');
    const headers = [...page.element.querySelectorAll('thead th')].map((th) => th.querySelector('[aria-hidden=true]')?.textContent?.trim());
    expect(headers.slice(2)).toEqual(['Dag 1', 'Dag 2', 'Frånvarogräns', 'Rollspel: En gränsfråga', 'Inskrivning i kullen']);
    const row = page.element.querySelector('tbody tr') as HTMLElement;
    expect(row.querySelector('th a')?.getAttribute('href')).toBe(`/cohorts/${COHORT_ID}/progress/${ASA.id}`);
    const [first, second] = [...row.querySelectorAll('td.cell')] as HTMLElement[];
    // A missed day and a day still to come do not both read "Kvar".
    expect(first?.getAttribute('data-state')).toBe('blocked');
    expect(first?.getAttribute('title')).toBe('Dag 1 saknas: ta igen i en annan kull');
    expect(first?.textContent?.replace(/\s+/g, ' ').trim()).toBe('⚠Ta igen: Dag 1 saknas: ta igen i en annan kull');
    expect(second?.getAttribute('data-state')).toBe('upcoming');
    expect(second?.textContent?.replace(/\s+/g, ' ').trim()).toBe('…Kommande: Dag 2 (2026-03-09) har inte ägt rum än');
    const legend = [...page.element.querySelectorAll('.legend dt')].map((dt) => dt.textContent?.replace(/\s+/g, ' ').trim());
    expect(legend).toEqual(['✓ Klar', '⚠ Ta igen', '! Ej registrerad', '… Kommande', '○ Kvar', '✕ Ej möjlig']);
    expect(row.querySelector('td.summary')?.textContent?.trim()).toBe('2 av 5');
  });

  it('opens the observation form from a role-play cell', async () => {
    const page = await open();
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress());
    await settle();

    const links = [...page.element.querySelectorAll('td.cell a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/cohorts/${COHORT_ID}/trainees/e-${ASA.id}/role-plays/boundary-question`]);
    expect(links[0].textContent?.replace(/\s+/g, ' ').trim()).toBe('○Kvar: Rollspelet ”En gränsfråga”: inte observerat än');
    const header = [...page.element.querySelectorAll('.page-header a')].map((a) => a.getAttribute('href'));
    expect(header).toEqual([`/cohorts/${COHORT_ID}/study-visits`, `/cohorts/${COHORT_ID}/certificates`]);
  });

  it('asks the API for the filtered rows and offers them as a CSV file in the UI language', async () => {
    const page = await open({ show: 'blocked', requirement: 'role-play:boundary-question' });
    const request = http.expectOne((r) => r.url === `/api/cohorts/${COHORT_ID}/progress`);
    expect(request.request.params.get('show')).toBe('blocked');
    expect(request.request.params.get('requirement')).toBe('role-play:boundary-question');
    request.flush(aCohortProgress());
    await settle();

    expect(page.element.querySelector('a[download]')?.getAttribute('href')).toBe(
      `/api/cohorts/${COHORT_ID}/progress.csv?lang=sv&show=blocked&requirement=role-play:boundary-question`,
    );
  });

  it('keeps the filters in the address', async () => {
    const page = await open();
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress());
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    const select = page.element.querySelector<HTMLSelectElement>('#progress-show') as HTMLSelectElement;
    select.value = 'certifiable';
    select.dispatchEvent(new Event('change'));

    // A new filter starts from its first page.
    expect(navigate).toHaveBeenCalledWith(['/cohorts', COHORT_ID, 'progress'], {
      queryParams: { show: 'certifiable', offset: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  });

  const squash = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (element: HTMLElement, text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('nav.pager button')].find((b) => squash(b)?.includes(text)) as HTMLButtonElement;

  it('shows where the page lies in a large cohort and moves to the next page in the address', async () => {
    const page = await open();
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress({ rows: [aProgressRow(ASA), aProgressRow(BJORN)], total: 1000, limit: 2 }));
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    expect(squash(page.element.querySelector('p.range[role=status]'))).toBe('1–2 av 1 000');
    expect(squash(page.element.querySelector('nav.pager .range'))).toBe('1–2 av 1 000');
    expect(page.element.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(button(page.element, 'Föregående sida').disabled).toBe(true);
    button(page.element, 'Nästa sida').click();

    expect(navigate).toHaveBeenCalledWith(['/cohorts', COHORT_ID, 'progress'], { queryParams: { offset: '2' }, queryParamsHandling: 'merge' });
  });

  it('asks for the page in the address, with the filters, and goes back a whole page', async () => {
    const page = await open({ show: 'blocked', offset: '100' });
    const request = http.expectOne((r) => r.url === `/api/cohorts/${COHORT_ID}/progress`);
    expect(request.request.params.get('offset')).toBe('100');
    expect(request.request.params.get('show')).toBe('blocked');
    request.flush(aCohortProgress({ rows: [aProgressRow(ASA), aProgressRow(BJORN)], total: 102, offset: 100 }));
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    expect(squash(page.element.querySelector('p.range'))).toBe('101–102 av 102');
    expect(button(page.element, 'Nästa sida').disabled).toBe(true);
    button(page.element, 'Föregående sida').click();
    expect(navigate).toHaveBeenCalledWith(['/cohorts', COHORT_ID, 'progress'], { queryParams: { offset: null }, queryParamsHandling: 'merge' });
    // The CSV export holds every row of the filter, not the page.
    expect(page.element.querySelector('a[download]')?.getAttribute('href')).toBe(`/api/cohorts/${COHORT_ID}/progress.csv?lang=sv&show=blocked`);
  });

  it('needs no pager when everyone fits one page, and ignores an offset that is not a number', async () => {
    const page = await open({ offset: 'abc' });
    http.expectOne(`/api/cohorts/${COHORT_ID}/progress`).flush(aCohortProgress());
    await settle();

    expect(squash(page.element.querySelector('p.range'))).toBe('1–1 av 1');
    expect(page.element.querySelector('nav.pager')).toBeNull();
  });

  it('offers the first page when a page past the end comes back empty', async () => {
    const page = await open({ offset: '300' });
    http.expectOne((r) => r.params.get('offset') === '300').flush(aCohortProgress({ rows: [], total: 5, offset: 300 }));
    await settle();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    expect(page.element.textContent).toContain('Den här sidan är tom');
    expect(page.element.querySelector('table')).toBeNull();
    (page.element.querySelector('.alert button') as HTMLButtonElement).click();
    expect(navigate).toHaveBeenCalledWith(['/cohorts', COHORT_ID, 'progress'], { queryParams: { offset: null }, queryParamsHandling: 'merge' });
  });
});
