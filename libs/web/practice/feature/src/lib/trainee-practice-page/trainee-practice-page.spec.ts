import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MyEnrolmentDto } from '@peer/contract';
import { aMyEnrolment } from '@peer/web/cohorts/data-access/testing';
import { aCourseVersion, studyVisitsOf } from '@peer/web/curriculum/data-access/testing';
import { aSignedAttempt } from '@peer/web/practice/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { practiceEn } from '../i18n/en';
import { practiceSv } from '../i18n/sv';
import { TraineePracticePage } from './trainee-practice-page';

describe('TraineePracticePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: practiceSv, en: practiceEn }),
        provideRouter([{ path: 'training/practice', component: TraineePracticePage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(enrolments: MyEnrolmentDto[]) {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/training/practice');
    await settle();
    http.expectOne('/api/me/training').flush({ enrolments });
    await navigation;
    await settle();
    if (enrolments.length > 0) {
      http.expectOne('/api/curriculum/courses/base/versions/1').flush(aCourseVersion(1));
      http.expectOne('/api/me/role-plays').flush({ attempts: [aSignedAttempt({ enrolmentId: enrolments[0].enrolmentId })] });
      http.expectOne('/api/curriculum/courses/base/versions/1/study-visits').flush({ studyVisits: studyVisitsOf() });
      http.expectOne('/api/me/study-visits').flush({ studyVisits: [] });
      await settle();
    }
    const element = harness.routeNativeElement as HTMLElement;
    const texts = (selector: string, root: ParentNode = element) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());
    return { element, texts };
  }

  it("shows each cohort's role-plays and study visits under the section's heading and navigation", async () => {
    const page = await open([aMyEnrolment()]);

    expect(page.texts('h1')).toEqual(['Rollspel och studiebesök']);
    expect(page.texts('h2')).toEqual(['Rollspel', 'Studiebesök']);
    expect(page.texts('.cohort-name')).toEqual([aMyEnrolment().cohort.name]);
    expect(page.element.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Rollspel och studiebesök');
    const rolePlays = page.element.querySelector('peer-my-role-plays') as HTMLElement;
    expect(page.texts('h3', rolePlays)).toEqual(['En gränsfråga']);
    expect(rolePlays.textContent).toContain('Säger tydligt nej till privat kontakt.');
  });

  it('tells a trainee without a cohort so', async () => {
    const page = await open([]);

    expect(page.texts('.card')).toEqual(['Du är inte inskriven i någon kull än. Kontakta din kursledare om du tror att det är fel.']);
  });

  it('offers a retry when the training cannot be loaded', async () => {
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/training/practice');
    await settle();
    http.expectOne('/api/me/training').flush({ statusCode: 500, message: 'Internal Server Error' }, { status: 500, statusText: 'Internal Server Error' });
    await navigation;
    await settle();
    const alert = harness.routeNativeElement?.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Det gick inte att hämta din utbildning.');
    (alert?.querySelector('button') as HTMLButtonElement).click();
    await settle();
    http.expectOne('/api/me/training').flush({ enrolments: [] });
    await settle();
    expect(harness.routeNativeElement?.querySelector('[role=alert]')).toBeNull();
  });
});
