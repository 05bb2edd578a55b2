import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role, UserDto } from '@peer/contract';
import { ALLOW_PENDING_PASSWORD_CHANGE, AUTH_PATHS, returnUrlParams } from './auth-paths';
import { AuthService } from './auth.service';

/** The session, or `null` when it cannot be known (API unreachable counts as signed out). */
function currentUser(auth: AuthService): Promise<UserDto | null> {
  return auth.ensureSession().catch(() => null);
}

/**
 * Lets signed-in users through. Others go to the sign-in page, which brings them back.
 * A user who still has a temporary password is sent to change it first, unless the
 * route is marked with {@link ALLOW_PENDING_PASSWORD_CHANGE}.
 */
export const signedInGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await currentUser(auth);
  if (!user) {
    return router.createUrlTree([AUTH_PATHS.login], { queryParams: returnUrlParams(state.url) });
  }
  if (user.mustChangePassword && route.data[ALLOW_PENDING_PASSWORD_CHANGE] !== true) {
    return router.createUrlTree([AUTH_PATHS.changePassword], { queryParams: returnUrlParams(state.url) });
  }
  return true;
};

/** Lets through only users with one of `roles`; others land on the home page. Use after {@link signedInGuard}. */
export function roleGuard(...roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const user = await currentUser(auth);
    if (!user) {
      return router.createUrlTree([AUTH_PATHS.login], { queryParams: returnUrlParams(state.url) });
    }
    return roles.includes(user.role) ? true : router.createUrlTree([AUTH_PATHS.home]);
  };
}

/** Keeps signed-in users away from the sign-in page. */
export const signedOutGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await currentUser(auth);
  return user ? router.createUrlTree([AUTH_PATHS.home]) : true;
};
