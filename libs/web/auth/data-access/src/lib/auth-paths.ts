/** App paths the session logic redirects to. */
export const AUTH_PATHS = {
  login: '/login',
  changePassword: '/account/password',
  home: '/',
} as const;

/** Set `data: { [ALLOW_PENDING_PASSWORD_CHANGE]: true }` on the route where a temporary password is changed. */
export const ALLOW_PENDING_PASSWORD_CHANGE = 'allowPendingPasswordChange';

/** Query parameters that bring the user back to `url` after signing in; none for the home page. */
export function returnUrlParams(url: string): Record<string, string> {
  return url === AUTH_PATHS.home || url === '' ? {} : { returnUrl: url };
}
