import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_PATHS, returnUrlParams } from './auth-paths';
import { AUTH_API, AuthService } from './auth.service';

/** Calls whose 401 is an answer, not an expired session. */
const SESSION_CALLS = [`${AUTH_API}/login`, `${AUTH_API}/me`, `${AUTH_API}/logout`];

/**
 * A 401 from any other call means the session ended (expired, signed out elsewhere):
 * forget the user and go to the sign-in page, which brings them back afterwards.
 */
export const unauthorizedInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !SESSION_CALLS.includes(request.url.split('?')[0])) {
        auth.clearSession();
        const current = router.url.startsWith(AUTH_PATHS.login) ? AUTH_PATHS.home : router.url;
        void router.navigate([AUTH_PATHS.login], { queryParams: { ...returnUrlParams(current), reason: 'expired' } });
      }
      return throwError(() => error);
    }),
  );
};
