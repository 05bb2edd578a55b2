import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OrganisationLogoDto } from '@peer/contract';
import { OrganisationLogoService } from './organisation-logo.service';

const API = '/api/organisation/logo';
const logo: OrganisationLogoDto = { type: 'image/png', url: 'https://peer.example/issuers/nsph-goteborg/logo.png' };

describe('OrganisationLogoService', () => {
  let logos: OrganisationLogoService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    logos = TestBed.inject(OrganisationLogoService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the logo, null while there is none', async () => {
    const none = logos.get();
    http.expectOne({ method: 'GET', url: API }).flush({ logo: null });
    await expect(none).resolves.toBeNull();

    const set = logos.get();
    http.expectOne({ method: 'GET', url: API }).flush({ logo });
    await expect(set).resolves.toEqual(logo);
  });

  it('uploads the image as a data URL and removes the logo', async () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    const saved = logos.set(image);
    const put = http.expectOne({ method: 'PUT', url: API });
    expect(put.request.body).toEqual({ image });
    put.flush(logo);
    await expect(saved).resolves.toEqual(logo);

    const removed = logos.remove();
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 204, statusText: 'No Content' });
    await expect(removed).resolves.toBeUndefined();
  });
});
