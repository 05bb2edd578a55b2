import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tools/lib/throwaway-cluster.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The node options `npm start` runs the app with (package.json), so the benchmarks run it the same way. */
function startOptions() {
  const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
  return start.split(/\s+/).filter((token) => token.startsWith('--'));
}

/** Runs the built app (as `npm start` does) against the given database. */
export async function startApp(databaseUrl, env = {}) {
  const main = join(root, 'dist', 'apps', 'api', 'main.js');
  if (!existsSync(main)) throw new Error('dist/apps/api/main.js is missing: run `npx nx build api` first');
  const port = await freePort();
  const child = spawn(process.execPath, [...startOptions(), main], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn', DEMO_DATA: 'false', ISSUER_KEY_SECRET: 'bench-issuer-key-secret-0123456789abcdef', VERIFY_RATE_LIMIT: '100000000', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/api/health`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  const stop = () =>
    new Promise((resolve) => {
      // An app that already died would never emit `exit` again.
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  /** The app process's peak resident memory so far (Linux VmHWM), in MB. */
  const peakRssMb = () => {
    const kb = Number(/^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  };
  return { url, stop, peakRssMb };
}

async function waitFor(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`app did not answer at ${url}`);
}
