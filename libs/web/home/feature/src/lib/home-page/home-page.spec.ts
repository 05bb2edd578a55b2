import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import type { UserDto } from '@peer/contract';
import { AuthService } from '@peer/web/auth/data-access';
import { aUser } from '@peer/web/auth/data-access/testing';
import { aCohortSummary, aMyEnrolment, COHORT_ID } from '@peer/web/cohorts/data-access/testing';
import { HomePage } from './home-page';

describe('HomePage', () => {
  let http: HttpTestingController;

  afterEach(() => http.verify());

  /** `answer` flushes the first requests; `later` those that follow from their answers. */
  async function render(user: UserDto, answer?: (http: HttpTestingController) => void, later?: (http: HttpTestingController) => void) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: AuthService, useValue: { user: signal(user) } },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('sv', {
      home: {
        greeting: 'Välkommen, {{name}}',
        admin: { heading: 'Administration' },
        nationalAdmin: { heading: 'Organisationer' },
        cohorts: { heading: 'Kullar' },
        courseLeader: { heading: 'Mina kullar', none: 'Du leder ingen kull än.' },
        trainee: { heading: 'Min utbildning', summary: '{{met}} av {{total}} krav uppfyllda', makeUps: 'Dagar att ta igen: {{count}}' },
        curriculum: { heading: 'Kursplan' },
        account: { heading: 'Mitt konto' },
      },
      certificates: { expiring: { heading: 'Intyg som snart går ut', summary: 'Intyg som går ut inom {{days}} dagar: {{count}}.' } },
      cohortActions: {
        attendance: 'Närvaro saknas för genomförda dagar: {{count}}',
        visits: 'Studiebesök att godkänna: {{count}}',
        certify: 'Klara att certifiera: {{count}}',
      },
    });
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HomePage);
    TestBed.tick();
    for (const step of [answer, later]) {
      if (!step) continue;
      step(http);
      for (let round = 0; round < 3; round++) {
        await new Promise((resolve) => setTimeout(resolve));
        TestBed.tick();
      }
    }
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return {
      element,
      h1: element.querySelector('h1')?.textContent?.trim(),
      h2s: [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim()),
      links: [...element.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  }

  it('greets the user by name', async () => {
    const { h1 } = await render(aUser({ name: 'Åsa Lindström', role: 'admin' }), (http) =>
      http.expectOne('/api/certificates/expiring?days=90').flush({ certificates: [] }),
    );

    expect(h1).toBe('Välkommen, Åsa Lindström');
  });

  it('shows an administrator the user administration, the cohorts and how many certificates expire soon', async () => {
    const { h2s, links, element } = await render(aUser({ role: 'admin' }), (http) =>
      http.expectOne('/api/certificates/expiring?days=90').flush({ certificates: [{ id: 'a' }, { id: 'b' }] }),
    );

    expect(h2s).toEqual(['Administration', 'Kullar', 'Intyg som snart går ut', 'Kursplan', 'Mitt konto']);
    expect(links).toContain('/admin/users');
    expect(links).toContain('/cohorts');
    expect(links).toContain('/certificates/expiring');
    expect(element.textContent).toContain('Intyg som går ut inom 90 dagar: 2.');
  });

  it('shows a course leader their cohorts', async () => {
    const { h2s, links, element } = await render(
      aUser({ role: 'course_leader' }),
      (http) => {
        http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] });
        http.expectOne('/api/certificates/expiring?days=90').flush({ certificates: [] });
      },
      // Then what each cohort needs from her, each linking to where it is done.
      (http) =>
        http
          .expectOne(`/api/cohorts/${COHORT_ID}/actions`)
          .flush({ cohortId: COHORT_ID, attendanceToTake: 2, makeUpsOpen: 0, visitsToApprove: 1, rolePlaysToObserve: 0, readyToCertify: 3 }),
    );

    expect(h2s).toEqual(['Mina kullar', 'Intyg som snart går ut', 'Kursplan', 'Mitt konto']);
    expect(element.textContent).toContain('Intyg som går ut inom 90 dagar: 0.');
    expect(links).not.toContain('/admin/users');
    expect(links).toContain(`/cohorts/${COHORT_ID}`);
    expect(links).toContain(`/cohorts/${COHORT_ID}/study-visits`);
    expect(links).toContain(`/cohorts/${COHORT_ID}/certificates`);
    expect(element.querySelector('.summary-list a')?.textContent?.trim()).toBe('Göteborg vår 2026');

    const todo = [...element.querySelectorAll('.cohort-actions a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(todo).toEqual([
      ['Närvaro saknas för genomförda dagar: 2', `/cohorts/${COHORT_ID}`],
      ['Studiebesök att godkänna: 1', `/cohorts/${COHORT_ID}/study-visits`],
      ['Klara att certifiera: 3', `/cohorts/${COHORT_ID}/certificates`],
    ]);
  });

  it('tells a course leader without cohorts so', async () => {
    const { element } = await render(aUser({ role: 'course_leader' }), (http) => {
      http.expectOne('/api/cohorts').flush({ cohorts: [] });
      http.expectOne('/api/certificates/expiring?days=90').flush({ certificates: [] });
    });

    expect(element.querySelector('.summary-list')?.textContent?.trim()).toBe('Du leder ingen kull än.');
  });

  it('shows a trainee a summary of their training and links there', async () => {
    const { h2s, links, element } = await render(aUser({ role: 'trainee' }), (http) =>
      http.expectOne('/api/me/training').flush({ enrolments: [aMyEnrolment()] }),
    );

    expect(h2s).toEqual(['Min utbildning', 'Kursplan', 'Mitt konto']);
    expect(links).toContain('/training');
    expect(links).toContain('/training/certificates');
    expect(element.querySelector('.summary-list li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Göteborg vår 2026 2 av 5 krav uppfyllda. Dagar att ta igen: 1',
    );
  });

  it('shows the national administrator the organisations and the curriculum to publish, and loads nothing she may not read', async () => {
    // No answers: http.verify() fails the test if the page asks for cohorts, certificates or training.
    const { h2s, links } = await render(aUser({ role: 'national_admin' }));

    expect(h2s).toEqual(['Organisationer', 'Kursplan', 'Mitt konto']);
    expect(links).toEqual(['/admin/organisations', '/curriculum', '/curriculum/publish', '/account/password']);
  });

  it.each([
    ['admin', (http: HttpTestingController) => http.expectOne('/api/certificates/expiring?days=90').flush({ certificates: [] })],
    [
      'course_leader',
      (http: HttpTestingController) => {
        http.expectOne('/api/cohorts').flush({ cohorts: [] });
        http.expectOne('/api/certificates/expiring?days=90').flush({ certificates: [] });
      },
    ],
    ['trainee', (http: HttpTestingController) => http.expectOne('/api/me/training').flush({ enrolments: [] })],
  ] as const)('links a %s to the curriculum', async (role, answer) => {
    const { links } = await render(aUser({ role }), answer);

    expect(links).toContain('/curriculum');
  });
});
