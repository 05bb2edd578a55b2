import { EmbeddedServer, startEmbeddedServer } from '@peer/api-database';
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
