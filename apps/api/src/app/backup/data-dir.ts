import { isAlive, startEmbeddedServer } from '@peer/api-database';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KEY_SECRET_FILE } from './key-secret';

/** The database `npm start` keeps in the embedded cluster. */
const DATABASE = 'peer_academy';

export interface DataDirConnection {
  url: string;
  /** Whether the server was already running (the app's), rather than started for this command. */
  shared: boolean;
  close(): Promise<void>;
}

/**
 * A connection to the embedded server of a data folder. The running app owns
 * the folder, so a second server cannot start on it: then connect to the
 * running one, whose port PostgreSQL writes into postmaster.pid. Otherwise
 * start the server here, and stop it when done.
 */
export async function connectToDataDir(dataDir: string): Promise<DataDirConnection> {
  const clusterDir = join(resolve(dataDir), 'pg');
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    throw new Error(`${resolve(dataDir)} holds no database: set PEER_DATA_DIR to the app's data folder, or DATABASE_URL`);
  }
  const running = await runningServer(dataDir, clusterDir);
  if (running) return { url: running, shared: true, close: async () => undefined };
  const server = await startEmbeddedServer({ dataDir, persistent: true, database: DATABASE });
  return { url: server.url, shared: false, close: () => server.stop() };
}

async function runningServer(dataDir: string, clusterDir: string): Promise<string | undefined> {
  // postmaster.pid lines: pid, data directory, start time, port, socket directory, listen address, shared memory key, status.
  const lines = (await readFile(join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return undefined;
  const credentials = JSON.parse(await readFile(join(dataDir, 'server.json'), 'utf8')) as { user: string; password: string };
  return `postgres://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * Restoring makes a new data folder: it must not exist yet or be empty, but
 * may already hold the issuer key secret copied from the source.
 */
export async function assertEmptyDataDir(dataDir: string): Promise<{ existed: boolean }> {
  if (!existsSync(dataDir)) return { existed: false };
  const entries = (await readdir(dataDir)).filter((entry) => entry !== KEY_SECRET_FILE);
  if (entries.length > 0) {
    throw new Error(
      `${resolve(dataDir)} is not empty (it holds ${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}): restore only into a new or empty PEER_DATA_DIR`,
    );
  }
  return { existed: true };
}

/** Takes a failed restore's files away again, so the folder can be used for the next attempt. */
export async function clearDataDir(dataDir: string, existed: boolean): Promise<void> {
  if (!existed) {
    await rm(dataDir, { recursive: true, force: true });
    return;
  }
  for (const entry of await readdir(dataDir)) {
    if (entry !== KEY_SECRET_FILE) await rm(join(dataDir, entry), { recursive: true, force: true });
  }
}

export async function startEmptyDataDir(dataDir: string): Promise<DataDirConnection> {
  const server = await startEmbeddedServer({ dataDir, persistent: true, database: DATABASE });
  return { url: server.url, shared: false, close: () => server.stop() };
}
