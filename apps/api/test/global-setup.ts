import './register-paths';
import 'reflect-metadata';
import { startEmbeddedServer } from '@peer/api-database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/app/database/data-source-options';
import { QUEUE_SCHEMA } from '../src/app/jobs/job-queue';
import { TEMPLATE_DATABASE } from './test-database';

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'peer-test-'));
  const server = await startEmbeddedServer({ dataDir, persistent: false, fast: true, database: TEMPLATE_DATABASE });
  const template = new DataSource(dataSourceOptions(server.url));
  await template.initialize();
  await template.runMigrations({ transaction: 'all' });
  await template.destroy(); // no connection may stay open on a template
  await installQueueSchema(server.url);
  process.env['PEER_TEST_ADMIN_URL'] = server.adminUrl;
  (globalThis as { peerTestServer?: unknown }).peerTestServer = { server, dataDir };
}

/** The queue engine's tables, made once in the template rather than by every test app. */
async function installQueueSchema(url: string): Promise<void> {
  const { PgBoss } = (await new Function('return import("pg-boss")')()) as typeof import('pg-boss');
  const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, supervise: false, schedule: false, max: 1 });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
}
