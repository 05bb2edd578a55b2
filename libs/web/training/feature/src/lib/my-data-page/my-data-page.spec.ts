import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { trainingEn } from '../i18n/en';
import { trainingSv } from '../i18n/sv';
import { MyDataPage } from './my-data-page';

describe('MyDataPage', () => {
  it('has the export and erasure, and who has seen the data, under its own heading and navigation', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations({ sv: trainingSv, en: trainingEn }), provideRouter([{ path: 'training/my-data', component: MyDataPage }])],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/training/my-data');
    await settle();
    http.expectOne('/api/me/data-access?offset=0&limit=20').flush({ entries: [], total: 0, offset: 0, limit: 20 });
    http.expectOne('/api/me/erasure-request').flush({ request: null });
    await navigation;
    await settle();
    const element = harness.routeNativeElement as HTMLElement;

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Integritet');
    expect([...element.querySelectorAll('section[aria-labelledby]')].map((s) => s.getAttribute('aria-labelledby'))).toEqual(['my-data-heading', 'who-viewed-heading']);
    expect(element.querySelector('#my-data-heading')?.textContent?.trim()).toBe('Mina uppgifter');
    expect(element.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Integritet');
    http.verify();
  });
});
