import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OrganisationIdentityProviderDto } from '@peer/contract';
import { identityProviderStartUrl, IdentityProviderService } from './identity-provider.service';

const REDIRECT_URI = 'https://peer.example.org/api/auth/oidc/callback';
const skane: OrganisationIdentityProviderDto = { issuer: 'https://login.skane.example.org', clientId: 'peer-academy', identityClaim: null, identityScope: null, redirectUri: REDIRECT_URI };

describe('IdentityProviderService', () => {
  let providers: IdentityProviderService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    providers = TestBed.inject(IdentityProviderService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the organisations one may sign in through', async () => {
    const list = providers.signInOptions();
    http.expectOne({ method: 'GET', url: '/api/auth/identity-providers' }).flush({ providers: [{ slug: 'nsph-skane', name: 'NSPH Skåne' }] });

    await expect(list).resolves.toEqual([{ slug: 'nsph-skane', name: 'NSPH Skåne' }]);
  });

  it('starts a sign-in at the API, which sends the browser on to the provider', () => {
    expect(identityProviderStartUrl('nsph-skane')).toBe('/api/auth/oidc/nsph-skane/start');
  });

  it('reads, saves and removes the organisation’s provider', async () => {
    const settings = providers.settings();
    http.expectOne({ method: 'GET', url: '/api/organisation/identity-provider' }).flush({ provider: null, redirectUri: REDIRECT_URI });
    await expect(settings).resolves.toEqual({ provider: null, redirectUri: REDIRECT_URI });

    const saved = providers.save({ issuer: skane.issuer, clientId: skane.clientId, clientSecret: 's3cret' });
    const put = http.expectOne({ method: 'PUT', url: '/api/organisation/identity-provider' });
    expect(put.request.body).toEqual({ issuer: skane.issuer, clientId: 'peer-academy', clientSecret: 's3cret' });
    put.flush(skane);
    await expect(saved).resolves.toEqual(skane);

    const removed = providers.remove();
    http.expectOne({ method: 'DELETE', url: '/api/organisation/identity-provider' }).flush(null, { status: 204, statusText: 'No Content' });
    await expect(removed).resolves.toBeUndefined();
  });
});
