import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, CanActivateFn, provideRouter, Router, RouterStateSnapshot, UrlTree } from '@angular/router';
import type { UserDto } from '@peer/contract';
import { aUser } from '../testing';
import { ALLOW_PENDING_PASSWORD_CHANGE } from './auth-paths';
import { roleGuard, signedInGuard, signedOutGuard } from './auth.guards';
import { AuthService } from './auth.service';

describe('auth guards', () => {
  let session: jest.Mock<Promise<UserDto | null>, []>;

  beforeEach(() => {
    session = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: { ensureSession: session } }],
    });
  });

  function run(guard: CanActivateFn, url: string, data: Record<string, unknown> = {}) {
    const route = { data } as unknown as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    return TestBed.runInInjectionContext(() => guard(route, state)) as Promise<boolean | UrlTree>;
  }

  function serialized(result: boolean | UrlTree): string | boolean {
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  describe('signedInGuard', () => {
    it('lets a signed-in user through', async () => {
      session.mockResolvedValue(aUser());

      expect(await run(signedInGuard, '/admin/users')).toBe(true);
    });

    it('sends a signed-out user to sign in and back', async () => {
      session.mockResolvedValue(null);

      expect(serialized(await run(signedInGuard, '/admin/users?role=trainee'))).toBe(
        '/login?returnUrl=%2Fadmin%2Fusers%3Frole%3Dtrainee',
      );
    });

    it('leaves out the return URL for the home page', async () => {
      session.mockResolvedValue(null);

      expect(serialized(await run(signedInGuard, '/'))).toBe('/login');
    });

    it('treats an unreachable API as signed out', async () => {
      session.mockRejectedValue(new Error('offline'));

      expect(serialized(await run(signedInGuard, '/'))).toBe('/login');
    });

    it('sends a user with a temporary password to change it first', async () => {
      session.mockResolvedValue(aUser({ mustChangePassword: true }));

      expect(serialized(await run(signedInGuard, '/admin/users'))).toBe('/account/password?returnUrl=%2Fadmin%2Fusers');
    });

    it('lets a user with a temporary password reach the change-password page', async () => {
      session.mockResolvedValue(aUser({ mustChangePassword: true }));

      expect(await run(signedInGuard, '/account/password', { [ALLOW_PENDING_PASSWORD_CHANGE]: true })).toBe(true);
    });
  });

  describe('roleGuard', () => {
    it('lets a user with an allowed role through', async () => {
      session.mockResolvedValue(aUser({ role: 'admin' }));

      expect(await run(roleGuard('admin'), '/admin/users')).toBe(true);
    });

    it.each(['course_leader', 'trainee'] as const)('sends a %s home', async (role) => {
      session.mockResolvedValue(aUser({ role }));

      expect(serialized(await run(roleGuard('admin'), '/admin/users'))).toBe('/');
    });

    it('accepts any of several roles', async () => {
      session.mockResolvedValue(aUser({ role: 'trainee' }));

      expect(await run(roleGuard('course_leader', 'trainee'), '/training')).toBe(true);
    });

    it('sends a signed-out user to sign in', async () => {
      session.mockResolvedValue(null);

      expect(serialized(await run(roleGuard('admin'), '/admin/users'))).toBe('/login?returnUrl=%2Fadmin%2Fusers');
    });
  });

  describe('signedOutGuard', () => {
    it('shows the sign-in page to a signed-out user', async () => {
      session.mockResolvedValue(null);

      expect(await run(signedOutGuard, '/login')).toBe(true);
    });

    it('sends a signed-in user home', async () => {
      session.mockResolvedValue(aUser());

      expect(serialized(await run(signedOutGuard, '/login'))).toBe('/');
    });
  });

  it('asks for the session only through the cached call', async () => {
    session.mockResolvedValue(aUser());
    await run(signedInGuard, '/');
    await run(roleGuard('course_leader'), '/');

    expect(session).toHaveBeenCalledTimes(2);
  });
});
