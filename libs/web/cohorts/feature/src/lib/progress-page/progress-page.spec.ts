import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { aCohortProgress, aCohortSummary, ASA, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { TEST_TRANSLATIONS_SV } from '../testing/test-translations';
import { ProgressPage } from './progress-page';

describe('ProgressPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
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

  async function open(query: { show?: string; requirement?: string } = {}) {
    const fixture = TestBed.createComponent(ProgressPage);
    fixture.componentRef.setInput('cohortId', COHORT_ID);
    if (query.show) fixture.componentRef.setInput('show', query.show);
    if (query.requirement) fixture.componentRef.setInput('requirement', query.requirement);
    TestBed.tick();
    http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] });
    const element = fixture.nativeElement as HTMLElement;
    return { element, fixture };
  }

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
    const first = row.querySelector('td.cell') as HTMLElement;
    expect(first.getAttribute('data-state')).toBe('pending');
    expect(first.getAttribute('title')).toBe('Dag 1 saknas: ta igen i en annan kull');
    expect(first.textContent?.replace(/\s+/g, ' ').trim()).toBe('○Kvar: Dag 1 saknas: ta igen i en annan kull');
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

    expect(navigate).toHaveBeenCalledWith(['/cohorts', COHORT_ID, 'progress'], {
      queryParams: { show: 'certifiable' },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  });
});
