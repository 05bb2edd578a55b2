/**
 * Tests with real app processes: `node dist/apps/api/main.js`, as production
 * runs it, on a database cloned from the migrated template of the global
 * setup (one embedded PostgreSQL per run). Signals, exit codes, several
 * instances on one database and database outages are only real here.
 *
 *   const db = await freshDatabase();
 *   const app = await startAppProcess({ databaseUrl: db.url });
 *   await fetch(`${app.baseUrl}/api/health/ready`);
 *   app.kill('SIGKILL');            // or 'SIGTERM'
 *   const { code } = await app.exited;
 *   await db.drop();
 *
 * Every process started here is killed when the test file ends
 * (`stopAllAppProcesses()` runs in afterAll of each file using this module).
 */
import { cloneDatabase, databaseUrl, dropDatabase } from '@peer/api-database/testing';
import { findFreePort } from '@peer/api-database';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_FINISHED_COHORT, DEMO_PASSWORD } from '../src/app/demo/demo-data';
import { TEMPLATE_DATABASE } from '../test/test-database';

export const WORKSPACE_ROOT = join(__dirname, '..', '..', '..');
export const MAIN_JS = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'main.js');
export const TEST_ISSUER_KEY_SECRET = 'process-test-issuer-key-secret-of-32-characters';

export interface TestDatabase {
  name: string;
  /** Connection URL of this database. */
  url: string;
  /** Maintenance URL of the cluster, for CREATE/DROP DATABASE. */
  adminUrl: string;
  drop(): Promise<void>;
}

/** A new database, a copy of the migrated template; drop it when the test file ends. */
export async function freshDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['PEER_TEST_ADMIN_URL'];
  if (!adminUrl) throw new Error('PEER_TEST_ADMIN_URL is not set: run through the process-test jest config (its global setup)');
  const name = `proc_${randomUUID().replaceAll('-', '')}`;
  await cloneDatabase(adminUrl, TEMPLATE_DATABASE, name);
  return { name, url: databaseUrl(adminUrl, name), adminUrl, drop: () => dropDatabase(adminUrl, name) };
}

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Date.now() when the process ended. */
  at: number;
}

export interface AppProcess {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** The process' own data folder (outbox, …); removed after exit. */
  dataDir: string;
  /** Resolves when the process ended, however it ended. */
  exited: Promise<ExitInfo>;
  /** Sends a signal (default SIGTERM); returns at once. */
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<ExitInfo>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

export interface StartAppOptions {
  databaseUrl?: string;
  /** More environment (wins over the defaults below); `DATABASE_URL: undefined` starts the embedded server. */
  env?: Record<string, string | undefined>;
  /** How long to wait for /api/health/ready (default 60 s). */
  readyTimeoutMs?: number;
}

const running = new Set<AppProcess>();

/**
 * Spawns the built app with DATABASE_URL, a free PORT, ISSUER_KEY_SECRET,
 * DEMO_DATA=false and LOG_LEVEL=warn, from the workspace root (curriculum
 * and certificate templates), and resolves once `/api/health/ready` answers
 * 200. Rejects with the process output when it exits or times out first.
 */
export async function startAppProcess(options: StartAppOptions = {}): Promise<AppProcess> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: build the api first (npx nx build api)`);
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'peer-proc-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_OPTIONS: '', // jest's flags are not the app's
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    PEER_DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ISSUER_KEY_SECRET: TEST_ISSUER_KEY_SECRET,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, [MAIN_JS], { cwd: WORKSPACE_ROOT, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<ExitInfo>((resolve) =>
    child.once('exit', (code, signal) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve({ code, signal, at: Date.now() });
    }),
  );
  const app: AppProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    child,
    dataDir,
    exited,
    kill: (signal = 'SIGTERM') => void child.kill(signal),
    async stop(graceMs = 20_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    output: () => output,
  };
  running.add(app);
  void exited.then(() => running.delete(app));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    if (done) throw new Error(`The app exited before it was ready:\n${output}`);
    const status = await fetch(`${app.baseUrl}/api/health/ready`).then((r) => r.status, () => 0);
    if (status === 200) return app;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app was not ready within ${options.readyTimeoutMs ?? 60_000} ms:\n${output}`);
    }
    await sleep(100);
  }
}

/** Kills every app process still running (afterAll of each process-test file). */
export async function stopAllAppProcesses(): Promise<void> {
  await Promise.all([...running].map((app) => app.stop(5_000)));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something other than undefined. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** A signed-in user of a running app: keeps the session cookie and echoes the CSRF token on writes. */
export interface Session {
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  /** The Cookie header, for other HTTP clients. */
  cookie: string;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`Sign-in of ${email} failed: ${login.status} ${await login.text()}`);
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const cookie = cookies.join('; ');
  const xsrf = decodeURIComponent(cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '');
  return {
    cookie,
    get: (path) => fetch(`${baseUrl}${path}`, { headers: { cookie } }),
    post: (path, body = {}) =>
      fetch(`${baseUrl}${path}`, { method: 'POST', headers: { cookie, 'x-xsrf-token': xsrf, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
}

/**
 * A TCP proxy in front of the database: `down()` cuts every connection and
 * refuses new ones, as a database that went away; `up()` lets them through
 * again on the same port. Point the app at `url`.
 */
export interface DatabaseProxy {
  url: string;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startDatabaseProxy(targetUrl: string): Promise<DatabaseProxy> {
  const target = new URL(targetUrl);
  const port = await findFreePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = new Socket();
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        upstream.connect(Number(target.port), target.hostname, () => client.pipe(upstream).pipe(client));
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
      server = s;
    });
  const down = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  const url = new URL(targetUrl);
  url.port = String(port);
  url.hostname = '127.0.0.1';
  return {
    url: url.toString(),
    down,
    up: () => (server ? Promise.resolve() : listen()),
    close: down,
  };
}

/**
 * Certifies the first trainee of the finished demo cohort through the API, as
 * its course leader would. Needs an app started with `DEMO_DATA: 'true'`.
 */
export async function certifyDemoTrainee(baseUrl: string): Promise<{ leader: Session; certificate: { id: string; code: string } }> {
  const leader = await signIn(baseUrl, DEMO_FINISHED_COHORT.leader.email, DEMO_PASSWORD);
  const { cohorts } = (await (await leader.get('/api/cohorts')).json()) as { cohorts: { id: string; name: string }[] };
  const cohort = cohorts.find((c) => c.name === DEMO_FINISHED_COHORT.name);
  if (!cohort) throw new Error(`No demo cohort "${DEMO_FINISHED_COHORT.name}" among ${JSON.stringify(cohorts)}`);
  const detail = (await (await leader.get(`/api/cohorts/${cohort.id}`)).json()) as { enrolments: { traineeId: string; email: string }[] };
  const trainee = detail.enrolments.find((e) => e.email === DEMO_FINISHED_COHORT.trainees[0]?.email);
  if (!trainee) throw new Error('The demo trainee is not enrolled');
  const response = await leader.post(`/api/cohorts/${cohort.id}/trainees/${trainee.traineeId}/certify`, { language: 'sv' });
  if (response.status !== 201) throw new Error(`Certifying failed: ${response.status} ${await response.text()}`);
  const certificate = (await response.json()) as { id: string; code: string };
  return { leader, certificate };
}
