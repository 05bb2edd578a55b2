import pg from 'pg';

// An idle connection that the server drops (the throw-away cluster stopping,
// 57P01) emits `error`; without a listener that kills the whole run.
const report = (error) => process.stderr.write(`bench: database connection lost: ${error.message}\n`);

/** A pg pool whose idle connections may be dropped without crashing the run. */
export function createPool(connectionString, max = 10) {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', report);
  return pool;
}

/** Runs `fn` with one connected client and always ends it, so none outlives its benchmark. */
export async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  client.on('error', report);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
