// Runs every bench/*.bench.mjs against the built app and a fresh PostgreSQL,
// then prints one JSON line with every figure by name.
// Usage: npm run bench [-- <name> ...]
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startApp } from './lib/app.mjs';
import { startCluster } from '../tools/lib/throwaway-cluster.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((file) => file.endsWith('.bench.mjs')).sort();

const cluster = await startCluster();
const figures = {};
try {
  for (const file of files) {
    const bench = await import(pathToFileURL(join(here, file)).href);
    if (only.length > 0 && !only.includes(bench.name)) continue;
    process.stderr.write(`bench ${bench.name}…\n`);
    Object.assign(figures, await bench.run({ cluster, startApp }));
  }
} finally {
  await cluster.stop();
}
process.stdout.write(`${JSON.stringify(figures)}\n`);
