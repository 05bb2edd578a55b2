import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { supervisionEn } from '../i18n/en';
import { supervisionSv } from '../i18n/sv';
import { TraineeSupervisionPage } from './trainee-supervision-page';

describe('TraineeSupervisionPage', () => {
  it("shows the trainee's supervision under the section's heading and navigation", async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: supervisionSv, en: supervisionEn }),
        provideRouter([{ path: 'training/supervision', component: TraineeSupervisionPage }]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/training/supervision');
    await settle();
    http.expectOne('/api/me/supervision').flush({ sessions: [], totalHours: 0, hoursPerYear: [] });
    await navigation;
    await settle();
    const element = harness.routeNativeElement as HTMLElement;

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Handledning');
    expect(element.querySelector('#my-supervision-heading')?.textContent?.trim()).toBe('Min handledning');
    expect(element.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Handledning');
    http.verify();
  });
});
