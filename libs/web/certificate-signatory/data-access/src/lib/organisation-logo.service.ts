import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { OrganisationLogoDto, OrganisationLogoResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const ORGANISATION_LOGO_API = '/api/organisation/logo';

/** The largest image the API takes as a logo, in bytes. */
export const MAX_LOGO_BYTES = 200 * 1024;

/** The image types the API takes as a logo. */
export const LOGO_TYPES: readonly OrganisationLogoDto['type'][] = ['image/png', 'image/jpeg'];

/** The logo printed on the administrator's organisation's certificates (each one issued from then on). */
@Injectable({ providedIn: 'root' })
export class OrganisationLogoService {
  private readonly http = inject(HttpClient);

  /** The logo uploaded now, or null while there is none. */
  async get(): Promise<OrganisationLogoDto | null> {
    const response = await firstValueFrom(this.http.get<OrganisationLogoResponse>(ORGANISATION_LOGO_API));
    return response.logo;
  }

  /** Uploads (or replaces) the logo of the certificates issued from now on, as a PNG or JPEG `data:` URL. */
  set(image: string): Promise<OrganisationLogoDto> {
    return firstValueFrom(this.http.put<OrganisationLogoDto>(ORGANISATION_LOGO_API, { image }));
  }

  /** Certificates issued from now on show no logo. */
  async remove(): Promise<void> {
    await firstValueFrom(this.http.delete<void>(ORGANISATION_LOGO_API));
  }
}
