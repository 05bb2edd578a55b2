import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { EnvironmentProviders } from '@angular/core';
import { unauthorizedInterceptor } from './unauthorized.interceptor';

/** Cookie the API sets at sign-in; its value must come back in the header below on every write. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

/**
 * HttpClient for the same-origin API with a cookie session: Angular's built-in XSRF
 * interceptor echoes the CSRF cookie on writes, and a 401 leads back to sign-in.
 */
export function provideSessionHttpClient(): EnvironmentProviders {
  return provideHttpClient(
    withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
    withInterceptors([unauthorizedInterceptor]),
  );
}
