// GET /api/health through the whole app versus a bare node:http + pg handler
// doing the same query, measured in the same run, alternating to share noise.
import { createServer } from 'node:http';
import { freePort } from '../tools/lib/throwaway-cluster.mjs';
import { createPool } from './lib/db.mjs';
import { measure, median, round } from './lib/load.mjs';

export const name = 'health';

export async function run({ cluster, startApp, rounds = 3 }) {
  const databaseUrl = await cluster.createDatabase('bench_health');
  const app = await startApp(databaseUrl);
  let bare;
  try {
    bare = await startBare(databaseUrl);
    const appRps = [];
    const bareRps = [];
    for (let i = 0; i < rounds; i++) {
      bareRps.push((await measure(`${bare.url}/api/health`)).rps);
      appRps.push((await measure(`${app.url}/api/health`)).rps);
    }
    return {
      health_vs_bare: round(median(appRps) / median(bareRps)),
      health_rps: Math.round(median(appRps)),
      health_bare_rps: Math.round(median(bareRps)),
    };
  } finally {
    await app.stop();
    await bare?.stop();
  }
}

async function startBare(databaseUrl) {
  const pool = createPool(databaseUrl, 10);
  const server = createServer(async (request, response) => {
    try {
      await pool.query('SELECT 1');
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    } catch {
      response.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"unavailable"}');
    }
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
