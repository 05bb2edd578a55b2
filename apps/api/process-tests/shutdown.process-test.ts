import { Agent, request as httpRequest } from 'node:http';
import { AppProcess, certifyDemoTrainee, freshDatabase, sleep, startAppProcess, stopAllAppProcesses, TestDatabase } from './harness';

// The drain bound of the app (health/process-lifecycle.ts).
const DRAIN_MS = 10_000;

interface Outcome {
  path: string;
  /** The server parsed the request: it answered `100 Continue` (or more). */
  accepted: boolean;
  status?: number;
  connection?: string;
  complete: boolean;
  error?: string;
  endedAt: number;
}

/**
 * One request that proves acceptance: with `Expect: 100-continue` the server
 * answers `100 Continue` as soon as it has parsed the request, before any
 * handler runs. A request without that answer was never accepted (refused,
 * or cut while queued in the kernel); one with it must get a whole answer.
 * `trickleMs` sends the body slowly after acceptance, to keep the request
 * in flight across the signal.
 */
function probe(
  baseUrl: string,
  path: string,
  options: { agent?: Agent; method?: string; headers?: Record<string, string>; body?: Buffer; trickleMs?: number; onAccepted?: () => void } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const outcome: Outcome = { path, accepted: false, complete: false, endedAt: 0 };
    const done = (error?: unknown) => {
      if (outcome.endedAt) return;
      if (error) outcome.error = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` : String(error);
      outcome.endedAt = Date.now();
      resolve(outcome);
    };
    const req = httpRequest(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      agent: options.agent ?? false,
      headers: { Expect: '100-continue', ...(options.body ? { 'Content-Length': String(options.body.length) } : {}), ...options.headers },
    });
    req.on('continue', () => {
      outcome.accepted = true;
      options.onAccepted?.();
      const body = options.body;
      if (!body) return void req.end();
      if (!options.trickleMs) return void req.end(body);
      const pieces = 10;
      const size = Math.ceil(body.length / pieces);
      let sent = 0;
      const timer = setInterval(() => {
        req.write(body.subarray(sent, sent + size));
        sent += size;
        if (sent >= body.length) {
          clearInterval(timer);
          req.end();
        }
      }, options.trickleMs / pieces);
      req.once('close', () => clearInterval(timer));
    });
    req.on('response', (res) => {
      outcome.accepted = true;
      outcome.status = res.statusCode;
      outcome.connection = res.headers.connection;
      res.resume();
      res.on('end', () => {
        outcome.complete = true;
        done();
      });
      res.on('error', done);
      res.on('aborted', () => done(new Error('response aborted')));
    });
    req.on('error', done);
    req.on('close', () => done(outcome.complete ? undefined : new Error('closed without a whole answer')));
  });
}

/** A multipart upload of a file that is no certificate: /verify answers 200 with "unreadable". */
function upload(): { body: Buffer; headers: Record<string, string> } {
  const boundary = 'peer-process-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="certificate.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`),
    Buffer.alloc(20_000, 0x20),
    Buffer.from(`\n%%EOF\n\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` } };
}

describe('SIGTERM', () => {
  let db: TestDatabase;
  beforeEach(async () => (db = await freshDatabase()));
  afterEach(async () => {
    await stopAllAppProcesses();
    await db.drop();
  });

  it('under load: every accepted request gets its whole answer, and the process exits 0 within the bound', async () => {
    const app = await startAppProcess({ databaseUrl: db.url, env: { DEMO_DATA: 'true', VERIFY_RATE_LIMIT: '1000000' } });
    const { leader, certificate } = await certifyDemoTrainee(app.baseUrl);
    const paths = ['/api/health/ready', `/verify/${certificate.code}`, '/api/auth/me'];
    const expected: Record<string, number[]> = {
      '/api/health/ready': [200, 503], // 503 once draining: that is the point of readiness
      [`/verify/${certificate.code}`]: [200],
      '/api/auth/me': [200],
    };

    // Uploads accepted before the signal whose bodies arrive during the drain.
    const slow: Promise<Outcome>[] = [];
    let acceptedSlow = 0;
    const file = upload();
    for (let i = 0; i < 4; i++) {
      slow.push(probe(app.baseUrl, '/verify?lang=en', { method: 'POST', body: file.body, headers: file.headers, trickleMs: 2_000, onAccepted: () => (acceptedSlow += 1) }));
    }

    // Steady load from 12 clients, half on keep-alive connections.
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    const outcomes: Outcome[] = [];
    let exitedFlag = false;
    const workers = Array.from({ length: 12 }, async (_, worker) => {
      for (let i = worker; !exitedFlag; i++) {
        const path = paths[i % paths.length] as string;
        const outcome = await probe(app.baseUrl, path, {
          agent: worker % 2 === 0 ? agent : undefined,
          headers: path === '/api/auth/me' ? { cookie: leader.cookie } : {},
        });
        outcomes.push(outcome);
        if (!outcome.accepted) await sleep(20);
      }
    });

    await sleep(1_000);
    while (acceptedSlow < 4) await sleep(20);
    const signalledAt = Date.now();
    app.kill('SIGTERM');
    const exit = await app.exited;
    exitedFlag = true;
    await Promise.all(workers);
    agent.destroy();
    const uploads = await Promise.all(slow);

    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(DRAIN_MS);

    // The uploads were in flight across the signal; each got its page and its connection closed.
    for (const u of uploads) {
      expect({ status: u.status, complete: u.complete, connection: u.connection, error: u.error }).toEqual({ status: 200, complete: true, connection: 'close', error: undefined });
      expect(u.endedAt).toBeGreaterThan(signalledAt);
    }

    const accepted = outcomes.filter((o) => o.accepted);
    const failed = accepted.filter((o) => !o.complete || !expected[o.path]?.includes(o.status ?? 0));
    expect(failed).toEqual([]);
    expect(accepted.length).toBeGreaterThan(50);
    // The load overlapped the drain: some accepted requests ended after the signal.
    expect(accepted.some((o) => o.endedAt >= signalledAt)).toBe(true);
    expect(app.output()).not.toMatch(/"level":(50|60)/); // no error or fatal log lines
  });

  it('idle keep-alive connections do not hold the exit open', async () => {
    const app = await startAppProcess({ databaseUrl: db.url });
    const agent = new Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    const first = await Promise.all(Array.from({ length: 5 }, () => probe(app.baseUrl, '/api/health/live', { agent })));
    expect(first.map((o) => o.status)).toEqual([200, 200, 200, 200, 200]);
    expect(Object.values(agent.freeSockets).flat().length).toBeGreaterThan(0);

    const signalledAt = Date.now();
    app.kill('SIGTERM');
    const exit = await app.exited;
    agent.destroy();
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThan(2_000);
  });

  it('cuts a request that does not finish within the bound, then exits 0', async () => {
    const app: AppProcess = await startAppProcess({ databaseUrl: db.url, env: { VERIFY_RATE_LIMIT: '1000000' } });
    const file = upload();
    let accepted = false;
    // The body would take a minute: far beyond the bound.
    const stuck = probe(app.baseUrl, '/verify', { method: 'POST', body: file.body, headers: file.headers, trickleMs: 60_000, onAccepted: () => (accepted = true) });
    while (!accepted) await sleep(20);

    const signalledAt = Date.now();
    app.kill('SIGTERM');
    const exit = await app.exited;
    const elapsed = exit.at - signalledAt;
    expect(exit.code).toBe(0);
    expect(elapsed).toBeGreaterThanOrEqual(DRAIN_MS - 100);
    expect(elapsed).toBeLessThan(DRAIN_MS + 5_000);
    expect((await stuck).complete).toBe(false);
    expect(app.output()).toContain('cut 1 unfinished request');
  });
});
