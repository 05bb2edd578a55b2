/**
 * Accepts a `returnUrl` only when it is a path inside this app, so a crafted link
 * cannot send a user elsewhere after signing in.
 */
export function safeReturnUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return fallback;
  return value;
}
