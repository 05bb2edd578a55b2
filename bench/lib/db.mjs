import pg from 'pg';

// An idle connection that the server drops (the throw-away cluster stopping,
// 57P01) emits `error`; without a listener that kills the whole run.
const report = (error) => process.stderr.write(`bench: database connection lost: ${error.message}\n`);

/** A pg pool whose idle connections may be dropped without crashing the run. */
export function createPool(connectionString, max = 10) {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', report);
  // pg-pool's end() resolves once every client has been asked to end, not once its
  // connection is closed; wait for that too, so a cluster stopped next drops none.
  const closed = [];
  pool.on('connect', (client) => closed.push(new Promise((resolve) => client.once('end', resolve))));
  const end = pool.end.bind(pool);
  pool.end = async () => {
    await end();
    await Promise.all(closed);
  };
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
