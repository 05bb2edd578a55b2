import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateUserRequest,
  CreateUserResponse,
  OrganisationRole,
  ResetPasswordResponse,
  SetPersonalIdentityRequest,
  UserDto,
  UserListResponse,
} from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const USERS_API = '/api/users';

/** User accounts, for administrators. */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  /** All accounts, or only those with `role`. */
  async list(role?: OrganisationRole): Promise<UserDto[]> {
    const params = role ? new HttpParams().set('role', role) : undefined;
    const response = await firstValueFrom(this.http.get<UserListResponse>(USERS_API, { params }));
    return response.users;
  }

  /** Creates a course leader or trainee; the response holds the temporary password, shown only once. */
  create(request: CreateUserRequest): Promise<CreateUserResponse> {
    return firstValueFrom(this.http.post<CreateUserResponse>(USERS_API, request));
  }

  /** She is signed out everywhere and cannot sign in; her records stay. */
  deactivate(userId: string): Promise<UserDto> {
    return firstValueFrom(this.http.post<UserDto>(`${USERS_API}/${encodeURIComponent(userId)}/deactivate`, null));
  }

  reactivate(userId: string): Promise<UserDto> {
    return firstValueFrom(this.http.post<UserDto>(`${USERS_API}/${encodeURIComponent(userId)}/reactivate`, null));
  }

  /** A new temporary password, shown only once; her sessions end. */
  resetPassword(userId: string): Promise<ResetPasswordResponse> {
    return firstValueFrom(this.http.post<ResetPasswordResponse>(`${USERS_API}/${encodeURIComponent(userId)}/reset-password`, null));
  }

  /** Her sessions end, so the new role applies at once. */
  changeRole(userId: string, role: OrganisationRole): Promise<UserDto> {
    return firstValueFrom(this.http.post<UserDto>(`${USERS_API}/${encodeURIComponent(userId)}/role`, { role }));
  }

  /**
   * Gives the account a personal identity number that a first sign-in through the organisation's
   * identity provider links by. Only a keyed hash is kept; the number is never shown again.
   */
  async setPersonalIdentity(userId: string, personalIdentityNumber: string): Promise<void> {
    const body: SetPersonalIdentityRequest = { personalIdentityNumber };
    await firstValueFrom(this.http.put<void>(`${USERS_API}/${encodeURIComponent(userId)}/personal-identity`, body));
  }

  /** The account no longer links by a personal identity number. */
  async removePersonalIdentity(userId: string): Promise<void> {
    await firstValueFrom(this.http.delete<void>(`${USERS_API}/${encodeURIComponent(userId)}/personal-identity`));
  }
}
