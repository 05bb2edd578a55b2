import { isAlive } from '@peer/api-database';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAppProcess, stopAllAppProcesses, waitFor } from './harness';

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
}

describe('the app on its embedded PostgreSQL', () => {
  afterAll(() => stopAllAppProcesses());

  it('starts the server again after kill -9 of its postmaster, serves again, and stops it on SIGTERM', async () => {
    const app = await startAppProcess({ env: { DATABASE_URL: undefined } });
    const first = postmasterPid(app.dataDir);
    expect(isAlive(first)).toBe(true);

    process.kill(first, 'SIGKILL');
    const second = await waitFor(
      'a new postmaster that answers',
      async () => {
        const ready = (await fetch(`${app.baseUrl}/api/health/ready`)).status === 200;
        const pid = ready ? postmasterPid(app.dataDir) : undefined;
        return pid !== undefined && pid !== first ? pid : undefined;
      },
      30_000,
      100,
    );
    expect(isAlive(second)).toBe(true);
    expect(app.child.exitCode).toBeNull();
    expect(app.output()).toContain('died; starting it again');

    app.kill('SIGTERM');
    const exit = await app.exited;
    expect(exit.code).toBe(0);
    expect(isAlive(second)).toBe(false);
  });
});
