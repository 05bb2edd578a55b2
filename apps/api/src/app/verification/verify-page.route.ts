import type { Express, Request, Response } from 'express';
import { CERTIFICATE_CODE } from '../certification/certificate-code';
import { isDatabaseUnavailable } from '../health/database-availability';
import { pickLang, RETRY_AFTER_SECONDS, unavailablePage, verifyPage } from './pages';
import type { VerificationService } from './verification.service';

const WINDOW_MS = 60_000;
const HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * GET /verify/<code>, the page behind every QR code, is served by a lean
 * Express route ahead of the framework pipeline: it is public, read-only and
 * the busiest page, so it does one query, renders, and carries its own rate
 * limit and security headers.
 */
export function mountVerifyPage(express: Express, verification: VerificationService, options: { limitPerMinute: number; hsts: boolean }): void {
  const { limitPerMinute } = options;
  // The same policy helmet gives every other answer; over plain http it would pin a wrong scheme.
  const headers: Record<string, string> = options.hsts ? { ...HEADERS, 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : HEADERS;
  const hits = new Map<string, { count: number; resetAt: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [ip, hit] of hits) if (hit.resetAt <= now) hits.delete(ip);
  }, WINDOW_MS);
  sweep.unref();

  express.get('/verify/:code', (request: Request, response: Response, next: (error?: unknown) => void) => {
    const now = Date.now();
    const key = request.ip ?? 'unknown';
    const hit = hits.get(key);
    if (!hit || hit.resetAt <= now) hits.set(key, { count: 1, resetAt: now + WINDOW_MS });
    else if (++hit.count > limitPerMinute) {
      response.status(429).set({ ...headers, 'Retry-After': String(Math.ceil((hit.resetAt - now) / 1000)) }).type('text').send('Too many requests');
      return;
    }
    const code = String(request.params['code']);
    // The page speaks the certificate's language unless the visitor chose one (the page offers the switch).
    const chosen = request.query['lang'] === 'sv' || request.query['lang'] === 'en' ? request.query['lang'] : null;
    const fallback = pickLang(null, request.header('accept-language'));
    const lookup = CERTIFICATE_CODE.test(code) ? verification.lookup(code) : Promise.resolve(null);
    const write = (page: { status: number; html: string }, extra: Record<string, string> = {}) => {
      // end() rather than send(): no ETag to hash for a page that is never cached.
      response.writeHead(page.status, { ...headers, ...extra, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page.html) });
      response.end(page.html);
    };
    lookup
      .then((certificate) => write(verifyPage(chosen ?? certificate?.language ?? fallback, code, certificate)))
      .catch((error: unknown) => {
        // A look-up that could not happen is "try again", never "no such certificate".
        if (isDatabaseUnavailable(error)) write(unavailablePage(chosen ?? fallback, `/verify/${code}`), { 'Retry-After': String(RETRY_AFTER_SECONDS) });
        else next(error);
      });
  });
}
