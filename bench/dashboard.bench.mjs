// The leader's cohort dashboard (GET /api/cohorts/:id/progress) for a cohort of
// 200 trainees, among 100,000 other attendance rows, versus a cohort of 20 in
// the same database: server time (Server-Timing) and SQL queries per request.
import { withClient } from './lib/db.mjs';
import { median, round } from './lib/load.mjs';
import { passwordHash, publishCurriculum, signIn } from './lib/seed.mjs';

export const name = 'dashboard';

export async function run({ cluster, startApp }) {
  const databaseUrl = await cluster.createDatabase('bench_dashboard');
  const app = await startApp(databaseUrl);
  try {
    publishCurriculum(databaseUrl);
    const ids = await withClient(databaseUrl, seed);

    const { cookie } = await signIn(app.url, 'admin@bench.test');
    const big = await measure(app.url, cookie, ids.big);
    const small = await measure(app.url, cookie, ids.small);
    return {
      dashboard_200_ms: round(big.ms, 2),
      dashboard_200_queries: big.queries,
      dashboard_20_ms: round(small.ms, 2),
      dashboard_20_queries: small.queries,
      dashboard_200_vs_20: round(big.ms / small.ms),
    };
  } finally {
    await app.stop();
  }
}

async function seed(db) {
  const hash = await passwordHash();
  await db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ('admin@bench.test', 'Bench Admin', 'admin', $1)`, [hash]);
  // Cohort 0 has 200 trainees, cohort 1 has 20, cohorts 2..61 hold the other 100,000+ attendance rows.
  await db.query(`
    INSERT INTO users (email, name, role, password_hash)
    SELECT 'trainee' || n || '@bench.test', 'Deltagare ' || n || ' Åström', 'trainee', 'x' FROM generate_series(1, 10220) n;
    INSERT INTO cohorts (name, course_id, curriculum_version)
    SELECT 'Kull ' || n, 'base', 1 FROM generate_series(0, 61) n;
    INSERT INTO course_days (cohort_id, day_number, date, start_time, end_time, place)
    SELECT c.id, d, DATE '2026-01-05' + (d * 7), '09:00', '16:00', 'Lokal' FROM cohorts c, generate_series(1, 12) d;
    WITH numbered AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM cohorts),
         trainees AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE role = 'trainee')
    INSERT INTO enrolments (cohort_id, trainee_id)
    SELECT c.id, t.id FROM trainees t JOIN numbered c
      ON c.n = CASE WHEN t.n <= 200 THEN 0 WHEN t.n <= 220 THEN 1 ELSE 2 + (t.n - 221) % 60 END;
    INSERT INTO attendance (course_day_id, trainee_id, status, marked_by, marked_at)
    SELECT d.id, e.trainee_id,
           CASE WHEN (hashtext(e.trainee_id::text) + d.day_number) % 17 = 0 THEN 'absent_unexcused' ELSE 'present' END,
           (SELECT id FROM users WHERE role = 'admin'), now()
      FROM enrolments e JOIN course_days d ON d.cohort_id = e.cohort_id;
    ANALYZE;
  `);
  const { rows } = await db.query(`
    SELECT (SELECT count(*) FROM attendance) AS attendance,
           (SELECT cohort_id FROM enrolments GROUP BY cohort_id HAVING count(*) = 200) AS big,
           (SELECT cohort_id FROM enrolments GROUP BY cohort_id HAVING count(*) = 20) AS small`);
  if (Number(rows[0].attendance) < 100_000 + 2_640) throw new Error(`seeded only ${rows[0].attendance} attendance rows`);
  return { big: rows[0].big, small: rows[0].small };
}

/** Median server time over sequential requests, after a warm-up. */
async function measure(url, cookie, cohortId, requests = 40) {
  const times = [];
  let queries;
  for (let i = 0; i < requests + 5; i++) {
    const response = await fetch(`${url}/api/cohorts/${cohortId}/progress`, { headers: { cookie } });
    if (!response.ok) throw new Error(`dashboard answered ${response.status}`);
    const body = await response.json();
    const timing = response.headers.get('server-timing') ?? '';
    const ms = Number(/app;dur=([\d.]+)/.exec(timing)?.[1]);
    queries = Number(/db;desc="(\d+) queries"/.exec(timing)?.[1]);
    if (i >= 5) times.push(ms);
    if (body.rows.length === 0) throw new Error('the dashboard has no rows');
  }
  return { ms: median(times), queries };
}
