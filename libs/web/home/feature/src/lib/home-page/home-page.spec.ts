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

  async function render(user: UserDto, answer?: (http: HttpTestingController) => void) {
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
        cohorts: { heading: 'Kullar' },
        courseLeader: { heading: 'Mina kullar', none: 'Du leder ingen kull än.' },
        trainee: { heading: 'Min utbildning', summary: '{{met}} av {{total}} krav uppfyllda', makeUps: 'Dagar att ta igen: {{count}}' },
        curriculum: { heading: 'Kursplan' },
        account: { heading: 'Mitt konto' },
      },
    });
    translate.use('sv');
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(HomePage);
    TestBed.tick();
    if (answer) {
      answer(http);
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
    const { h1 } = await render(aUser({ name: 'Åsa Lindström', role: 'admin' }));

    expect(h1).toBe('Välkommen, Åsa Lindström');
  });

  it('shows an administrator the user administration and the cohorts', async () => {
    const { h2s, links } = await render(aUser({ role: 'admin' }));

    expect(h2s).toEqual(['Administration', 'Kullar', 'Kursplan', 'Mitt konto']);
    expect(links).toContain('/admin/users');
    expect(links).toContain('/cohorts');
  });

  it('shows a course leader their cohorts', async () => {
    const { h2s, links, element } = await render(aUser({ role: 'course_leader' }), (http) =>
      http.expectOne('/api/cohorts').flush({ cohorts: [aCohortSummary()] }),
    );

    expect(h2s).toEqual(['Mina kullar', 'Kursplan', 'Mitt konto']);
    expect(links).not.toContain('/admin/users');
    expect(links).toContain(`/cohorts/${COHORT_ID}`);
    expect(links).toContain(`/cohorts/${COHORT_ID}/study-visits`);
    expect(links).toContain(`/cohorts/${COHORT_ID}/certificates`);
    expect(element.querySelector('.summary-list a')?.textContent?.trim()).toBe('Göteborg vår 2026');
  });

  it('tells a course leader without cohorts so', async () => {
    const { element } = await render(aUser({ role: 'course_leader' }), (http) => http.expectOne('/api/cohorts').flush({ cohorts: [] }));

    expect(element.querySelector('.summary-list')?.textContent?.trim()).toBe('Du leder ingen kull än.');
  });

  it('shows a trainee a summary of their training and links there', async () => {
    const { h2s, links, element } = await render(aUser({ role: 'trainee' }), (http) =>
      http.expectOne('/api/me/training').flush({ enrolments: [aMyEnrolment()] }),
    );

    expect(h2s).toEqual(['Min utbildning', 'Kursplan', 'Mitt konto']);
    expect(links).toContain('/training');
    expect(links).toContain('/training#my-certificates');
    expect(element.querySelector('.summary-list li')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Göteborg vår 2026 2 av 5 krav uppfyllda. Dagar att ta igen: 1',
    );
  });

  it.each([
    ['admin', undefined],
    ['course_leader', (http: HttpTestingController) => http.expectOne('/api/cohorts').flush({ cohorts: [] })],
    ['trainee', (http: HttpTestingController) => http.expectOne('/api/me/training').flush({ enrolments: [] })],
  ] as const)('links a %s to the curriculum', async (role, answer) => {
    const { links } = await render(aUser({ role }), answer);

    expect(links).toContain('/curriculum');
  });
});
