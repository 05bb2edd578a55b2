/**
 * Paths whose last segment is a secret link: whoever reads it in a log could open
 * the share page, confirm a study visit or subscribe to a trainee's calendar.
 * Each pattern keeps the part before the token and what follows it (a query).
 */
const SECRET_PATHS: RegExp[] = [
  /^(\/share\/)[^/?#]+/,
  /^(\/host-confirmation\/)[^/?#]+/,
  /^(\/api\/calendar\/)[^/?#]+/,
];

export const REDACTED = '[redacted]';

/** The URL with the token of a secret link replaced by `[redacted]`; other URLs unchanged. */
export function redactSecretUrl(url: string): string {
  for (const pattern of SECRET_PATHS) {
    if (pattern.test(url)) return url.replace(pattern, `$1${REDACTED}`);
  }
  return url;
}

/** The Referer header may be a secret link too (a page opened from one). */
function redactReferer(referer: string): string {
  try {
    const parsed = new URL(referer);
    const path = redactSecretUrl(parsed.pathname);
    return path === parsed.pathname ? referer : `${parsed.origin}${path}`;
  } catch {
    return referer;
  }
}

interface SerializedRequest {
  url?: string;
  params?: unknown;
  headers?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * pino-http's request serializer: the logged copy of a request never carries a
 * secret-link token, in its URL, its route parameters or its Referer. Works on a
 * copy; the request itself is left alone.
 */
export function serializeRequest(request: SerializedRequest): SerializedRequest {
  const url = typeof request.url === 'string' ? redactSecretUrl(request.url) : request.url;
  const secret = url !== request.url;
  const referer = request.headers?.['referer'];
  const safeReferer = typeof referer === 'string' ? redactReferer(referer) : referer;
  if (!secret && safeReferer === referer) return request;
  // The copy must keep the serializer's enumerable fields only (not its hidden raw request).
  const copy: SerializedRequest = { ...request, url };
  if (secret && request.params && typeof request.params === 'object') {
    copy.params = Object.fromEntries(Object.keys(request.params).map((key) => [key, REDACTED]));
  }
  if (safeReferer !== referer) copy.headers = { ...request.headers, referer: safeReferer };
  return copy;
}
