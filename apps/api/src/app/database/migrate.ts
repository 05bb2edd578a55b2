import type { DataSource } from 'typeorm';

/** Any constant both sides agree on: the advisory lock that serialises start-up work. */
const START_LOCK = 0x70656572; // "peer"

/**
 * Runs `work` (migrations, first-start data) while holding a session-level
 * advisory lock, so that instances starting at the same moment on one
 * database take turns: the first migrates, the others then find nothing to do.
 */
export async function whileStarting<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [START_LOCK]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [START_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
