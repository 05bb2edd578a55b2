import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, Role, UserDto } from '@peer/contract';
import { firstValueFrom } from 'rxjs';

export const AUTH_API = '/api/auth';

/**
 * The signed-in user as signals, and the calls that change who that is.
 * The session itself is an httpOnly cookie; this service only mirrors what the API says.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);

  /** `undefined` until the API was asked, `null` when nobody is signed in. */
  private readonly current = signal<UserDto | null | undefined>(undefined);
  private pendingSession: Promise<UserDto | null> | null = null;

  readonly user = computed(() => this.current() ?? null);
  readonly isSignedIn = computed(() => this.user() !== null);
  readonly role = computed<Role | null>(() => this.user()?.role ?? null);
  readonly mustChangePassword = computed(() => this.user()?.mustChangePassword ?? false);

  /** Asks the API who is signed in. A 401 means nobody; other failures are rethrown. */
  async me(): Promise<UserDto | null> {
    try {
      const user = await firstValueFrom(this.http.get<UserDto>(`${AUTH_API}/me`));
      this.current.set(user);
      return user;
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.current.set(null);
        return null;
      }
      throw error;
    }
  }

  /** The known session; asks the API only the first time (and once for concurrent callers). */
  ensureSession(): Promise<UserDto | null> {
    const known = this.current();
    if (known !== undefined) return Promise.resolve(known);
    this.pendingSession ??= this.me().finally(() => (this.pendingSession = null));
    return this.pendingSession;
  }

  async login(request: LoginRequest): Promise<UserDto> {
    const user = await firstValueFrom(this.http.post<UserDto>(`${AUTH_API}/login`, request));
    this.current.set(user);
    return user;
  }

  /** Ends the session on the server. Forgets the user unless the server could not be told. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(`${AUTH_API}/logout`, null));
    } catch (error) {
      // 401: the session had already ended.
      if (!(error instanceof HttpErrorResponse && error.status === 401)) throw error;
    }
    this.current.set(null);
  }

  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.http.post<void>(`${AUTH_API}/password`, request));
    this.current.update((user) => (user ? { ...user, mustChangePassword: false } : user));
  }

  /** Forgets the user locally, e.g. after the API answered 401 to some call. */
  clearSession(): void {
    this.current.set(null);
  }
}
