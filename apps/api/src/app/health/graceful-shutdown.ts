import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { AppLifecycle } from './lifecycle';

export interface DrainResult {
  /** Requests still running when the bound ran out; their connections were cut. */
  cut: number;
  ms: number;
}

/**
 * Tracks which connections are serving a request, so a drain can wait for
 * exactly those and close the rest at once.
 */
export function trackRequests(server: Server): { inFlight(): number } {
  const busy = new Map<Socket, number>();
  server.on('request', (request, response) => {
    const socket = request.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = (busy.get(socket) ?? 1) - 1;
      if (left > 0) busy.set(socket, left);
      else busy.delete(socket);
    });
  });
  return { inFlight: () => [...busy.values()].reduce((sum, n) => sum + n, 0) };
}

/**
 * Middleware: while draining, every answer says `Connection: close`, so a
 * keep-alive client cannot hold the drain open by sending one more request.
 */
export function closeConnectionsWhileDraining(lifecycle: AppLifecycle) {
  return (_request: unknown, response: { setHeader(name: string, value: string): void; headersSent: boolean }, next: () => void) => {
    if (lifecycle.draining && !response.headersSent) response.setHeader('Connection', 'close');
    next();
  };
}

/**
 * Stops accepting connections, closes idle keep-alive connections, lets the
 * requests in flight finish within `graceMs`, then cuts what is left.
 */
export async function drainHttpServer(server: Server, requests: { inFlight(): number }, graceMs: number): Promise<DrainResult> {
  const started = Date.now();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A connection that finishes its request while draining answers with
  // `Connection: close` and ends; one that was between requests is idle now.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  try {
    const outcome = await Promise.race([closed.then(() => 'drained' as const), outOfTime]);
    if (outcome === 'drained') return { cut: 0, ms: Date.now() - started };
    const cut = requests.inFlight();
    server.closeAllConnections();
    await closed;
    return { cut, ms: Date.now() - started };
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
