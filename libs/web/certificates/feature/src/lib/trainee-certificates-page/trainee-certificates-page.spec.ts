import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCertificate } from '@peer/web/certificates/data-access/testing';
import { provideTestTranslations, settle } from '@peer/web/shared/testing';
import { certificatesEn } from '../i18n/en';
import { certificatesSv } from '../i18n/sv';
import { TraineeCertificatesPage } from './trainee-certificates-page';

describe('TraineeCertificatesPage', () => {
  it("shows the trainee's certificates and share links under the section's heading and navigation", async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations({ sv: certificatesSv, en: certificatesEn }),
        provideRouter([{ path: 'training/certificates', component: TraineeCertificatesPage }]),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/training/certificates');
    await settle();
    http.expectOne('/api/me/certificates').flush({ certificates: [aCertificate()] });
    http.expectOne('/api/me/share-links').flush({ links: [] });
    await navigation;
    await settle();
    const element = harness.routeNativeElement as HTMLElement;

    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Intyg');
    expect(element.querySelector('#my-certificates-heading')?.textContent?.trim()).toBe('Mina intyg');
    expect(element.querySelector('#share-links-heading')).not.toBeNull();
    expect([...element.querySelectorAll('#my-certificates a')].map((a) => a.getAttribute('href'))).toContain(`/api/certificates/${aCertificate().id}/pdf`);
    expect(element.querySelector('nav a[aria-current=page]')?.textContent?.trim()).toBe('Intyg');
    http.verify();
  });
});
