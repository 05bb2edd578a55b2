// The leader's cohort dashboard (GET /api/cohorts/:id/progress, its first page as
// the web asks for it) for cohorts of 20, 200 and 1,000 trainees in one database
// with 100,000 other attendance rows: server time (Server-Timing), SQL queries and
// answer size per request, and how /api/health answers while ten leaders load the
// 1,000-trainee dashboard at once, against health alone in the same run.
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
    const huge = await measure(app.url, cookie, ids.huge);
    // A filter needs every trainee's verdict: the cost of the whole cohort, for comparison.
    const blocked = await measure(app.url, cookie, ids.huge, '?show=blocked', 20);
    if (huge.total !== 1000 || huge.rows !== 100) throw new Error(`the 1,000 dashboard answered ${huge.rows} of ${huge.total} rows`);
    const health = await healthUnderLoad(app.url, cookie, ids.huge);
    return {
      dashboard_200_ms: round(big.ms, 2),
      dashboard_200_queries: big.queries,
      dashboard_20_ms: round(small.ms, 2),
      dashboard_20_queries: small.queries,
      dashboard_200_vs_20: round(big.ms / small.ms),
      dashboard_1000_ms: round(huge.ms, 2),
      dashboard_1000_kb: round(huge.bytes / 1024, 1),
      dashboard_1000_queries: huge.queries,
      dashboard_1000_blocked_ms: round(blocked.ms, 2),
      dashboard_1000_blocked_kb: round(blocked.bytes / 1024, 1),
      dashboard_1000_health_base_p99_ms: round(health.base.p99, 2),
      dashboard_1000_health_p99_ms: round(health.loaded.p99, 2),
      dashboard_1000_health_p50_ms: round(health.loaded.p50, 2),
      dashboard_1000_loaded_rps: round(health.dashboardRps, 1),
    };
  } finally {
    await app.stop();
  }
}

async function seed(db) {
  const hash = await passwordHash();
  await db.query(`INSERT INTO organisations (slug, name) VALUES ('bench', 'Bench')`);
  await db.query(`INSERT INTO users (email, name, role, password_hash, organisation_id) SELECT 'admin@bench.test', 'Bench Admin', 'admin', $1, id FROM organisations WHERE slug = 'bench'`, [hash]);
  // Cohort 0 has 200 trainees, cohort 1 has 20, cohort 2 has 1,000, cohorts 3..62 hold the other 100,000+ attendance rows.
  await db.query(`
    INSERT INTO users (email, name, role, password_hash, organisation_id)
    SELECT 'trainee' || n || '@bench.test', 'Deltagare ' || n || ' Åström', 'trainee', 'x', (SELECT id FROM organisations WHERE slug = 'bench') FROM generate_series(1, 11220) n;
    INSERT INTO cohorts (name, course_id, curriculum_version, organisation_id)
    SELECT 'Kull ' || n, 'base', 1, (SELECT id FROM organisations WHERE slug = 'bench') FROM generate_series(0, 62) n;
    INSERT INTO course_days (cohort_id, day_number, date, start_time, end_time, place)
    SELECT c.id, d, DATE '2026-01-05' + (d * 7), '09:00', '16:00', 'Lokal' FROM cohorts c, generate_series(1, 12) d;
    WITH numbered AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM cohorts),
         trainees AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE role = 'trainee')
    INSERT INTO enrolments (cohort_id, trainee_id)
    SELECT c.id, t.id FROM trainees t JOIN numbered c
      ON c.n = CASE WHEN t.n <= 200 THEN 0 WHEN t.n <= 220 THEN 1 WHEN t.n <= 1220 THEN 2 ELSE 3 + (t.n - 1221) % 60 END;
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
           (SELECT cohort_id FROM enrolments GROUP BY cohort_id HAVING count(*) = 20) AS small,
           (SELECT cohort_id FROM enrolments GROUP BY cohort_id HAVING count(*) = 1000) AS huge`);
  if (Number(rows[0].attendance) < 100_000 + 14_640) throw new Error(`seeded only ${rows[0].attendance} attendance rows`);
  return { big: rows[0].big, small: rows[0].small, huge: rows[0].huge };
}

/** Median server time over sequential requests, after a warm-up, with the answer's size and row counts. */
async function measure(url, cookie, cohortId, query = '', requests = 40) {
  const times = [];
  let queries;
  let bytes;
  let body;
  for (let i = 0; i < requests + 5; i++) {
    const response = await fetch(`${url}/api/cohorts/${cohortId}/progress${query}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`dashboard answered ${response.status}`);
    const text = await response.text();
    body = JSON.parse(text);
    bytes = Buffer.byteLength(text);
    const timing = response.headers.get('server-timing') ?? '';
    const ms = Number(/app;dur=([\d.]+)/.exec(timing)?.[1]);
    queries = Number(/db;desc="(\d+) queries"/.exec(timing)?.[1]);
    if (i >= 5) times.push(ms);
    if (body.rows.length === 0) throw new Error('the dashboard has no rows');
  }
  return { ms: median(times), queries, bytes, rows: body.rows.length, total: body.total };
}

/** Latencies of /api/health asked one at a time, as a load balancer's probe does, for `ms`. */
async function probeHealth(url, ms) {
  const latencies = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = performance.now();
    const response = await fetch(`${url}/api/health`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`health answered ${response.status}`);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { p50: at(0.5), p99: at(0.99), count: latencies.length };
}

/** Health alone, then health while ten leaders reload the 1,000-trainee dashboard back to back. */
async function healthUnderLoad(url, cookie, cohortId, { leaders = 10, ms = 5000 } = {}) {
  await probeHealth(url, 500);
  const base = await probeHealth(url, ms);
  let running = true;
  let done = 0;
  const leader = async () => {
    while (running) {
      const response = await fetch(`${url}/api/cohorts/${cohortId}/progress`, { headers: { cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`dashboard answered ${response.status} under load`);
      done++;
    }
  };
  let failure;
  // Caught at once: a rejection left waiting until the end would count as unhandled.
  const load = Array.from({ length: leaders }, () => leader().catch((error) => { running = false; failure ??= error; }));
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = done;
    const t0 = performance.now();
    const loaded = await probeHealth(url, ms);
    const dashboardRps = ((done - before) * 1000) / (performance.now() - t0);
    running = false;
    await Promise.all(load);
    if (failure) throw failure;
    return { base, loaded, dashboardRps };
  } finally {
    running = false;
    await Promise.all(load);
  }
}
