import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateUserRequest, CreateUserResponse, Role, UserDto, UserListResponse } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const USERS_API = '/api/users';

/** User accounts, for administrators. */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  /** All accounts, or only those with `role`. */
  async list(role?: Role): Promise<UserDto[]> {
    const params = role ? new HttpParams().set('role', role) : undefined;
    const response = await firstValueFrom(this.http.get<UserListResponse>(USERS_API, { params }));
    return response.users;
  }

  /** Creates a course leader or trainee; the response holds the temporary password, shown only once. */
  create(request: CreateUserRequest): Promise<CreateUserResponse> {
    return firstValueFrom(this.http.post<CreateUserResponse>(USERS_API, request));
  }
}
