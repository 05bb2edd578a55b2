import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Marks an answer `Cache-Control: no-store`, whatever the handler set on the way.
 *
 * Everything under /api is personal (trainee data is health data), an export or a
 * secret-link feed, so no browser, proxy or calendar app may keep a copy. The
 * header is set as the status line is written, so a handler's own caching header
 * cannot weaken it by accident.
 */
export function noStore(_request: IncomingMessage, response: ServerResponse, next: () => void): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.setHeader('Cache-Control', 'no-store');
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
  next();
}
