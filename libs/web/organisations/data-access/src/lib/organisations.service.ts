import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddAdministratorRequest,
  AddAdministratorResponse,
  CreateOrganisationRequest,
  CreateOrganisationResponse,
  OrganisationDto,
  OrganisationListResponse,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const ORGANISATIONS_API = '/api/organisations';

/** The regional organisations, for the national administrator. */
@Injectable({ providedIn: 'root' })
export class OrganisationsService {
  private readonly http = inject(HttpClient);

  /** Every organisation, with its active administrators. */
  async list(): Promise<OrganisationDto[]> {
    const response = await firstValueFrom(this.http.get<OrganisationListResponse>(ORGANISATIONS_API));
    return response.organisations;
  }

  /** Creates an organisation and its first administrator; the response holds her temporary password, shown only once. */
  create(request: CreateOrganisationRequest): Promise<CreateOrganisationResponse> {
    return firstValueFrom(this.http.post<CreateOrganisationResponse>(ORGANISATIONS_API, request));
  }

  /** Adds an administrator to an organisation; the response holds her temporary password, shown only once. */
  addAdministrator(organisationId: string, request: AddAdministratorRequest): Promise<AddAdministratorResponse> {
    return firstValueFrom(
      this.http.post<AddAdministratorResponse>(`${ORGANISATIONS_API}/${encodeURIComponent(organisationId)}/administrators`, request),
    );
  }
}
