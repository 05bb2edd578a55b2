import { EmbeddedServer, startEmbeddedServer } from '@peer/api-database';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/config';

export interface DatabaseServer {
  url: string;
  /** Set when the embedded server was started; stop it after the app. */
  embedded?: EmbeddedServer;
}

/** `DATABASE_URL` when given, otherwise the embedded server on the data folder. */
export async function openDatabaseServer(config: AppConfig): Promise<DatabaseServer> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = await startEmbeddedServer({ dataDir: config.dataDir, persistent: true, database: 'peer_academy' });
  return { url: embedded.url, embedded };
}

/**
 * A secret kept beside the embedded server's data, made on first use (only for
 * the embedded setup). When the file is missing but `protectsData` says the
 * database already holds data encrypted under it (a data folder copied without
 * the file), no new secret is made: it could never open that data, and the
 * app then runs without one and says so, instead of signing with fresh keys.
 */
export async function localSecret(dataDir: string, name: string, protectsData?: () => Promise<boolean>): Promise<string | undefined> {
  const file = join(dataDir, name);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (protectsData && (await protectsData())) return undefined;
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
