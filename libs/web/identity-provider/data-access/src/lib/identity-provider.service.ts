import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  IdentityProviderDto,
  IdentityProviderListResponse,
  OrganisationIdentityProviderDto,
  OrganisationIdentityProviderResponse,
  SetIdentityProviderRequest,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const IDENTITY_PROVIDERS_API = '/api/auth/identity-providers';
export const ORGANISATION_IDENTITY_PROVIDER_API = '/api/organisation/identity-provider';

/**
 * Where the browser starts signing in through an organisation's provider. A full-page navigation
 * (a plain link, never the router): the API redirects to the provider, which sends the browser back.
 */
export function identityProviderStartUrl(slug: string): string {
  return `/api/auth/oidc/${encodeURIComponent(slug)}/start`;
}

/** Sign-in through an organisation's OpenID Connect provider: what the login page offers, and the administrator's settings. */
@Injectable({ providedIn: 'root' })
export class IdentityProviderService {
  private readonly http = inject(HttpClient);

  /** The organisations whose people may sign in through their provider (public). */
  async signInOptions(): Promise<IdentityProviderDto[]> {
    const response = await firstValueFrom(this.http.get<IdentityProviderListResponse>(IDENTITY_PROVIDERS_API));
    return response.providers;
  }

  /** The administrator's organisation's provider (never its client secret), and the redirect URI to register there. */
  settings(): Promise<OrganisationIdentityProviderResponse> {
    return firstValueFrom(this.http.get<OrganisationIdentityProviderResponse>(ORGANISATION_IDENTITY_PROVIDER_API));
  }

  /** Sets up or replaces the organisation's provider; the secret is sent every time and never comes back. */
  save(request: SetIdentityProviderRequest): Promise<OrganisationIdentityProviderDto> {
    return firstValueFrom(this.http.put<OrganisationIdentityProviderDto>(ORGANISATION_IDENTITY_PROVIDER_API, request));
  }

  /** Removes the organisation's provider: its people sign in with their passwords again. */
  async remove(): Promise<void> {
    await firstValueFrom(this.http.delete<void>(ORGANISATION_IDENTITY_PROVIDER_API));
  }
}
