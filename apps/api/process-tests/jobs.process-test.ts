import { Client } from 'pg';
import { freshDatabase, signIn, Session, startAppProcess, stopAllAppProcesses, TestDatabase, waitFor } from './harness';
import { DEMO_PASSWORD } from '../src/app/demo/demo-data';

const COHORT_SIZE = 300;
const LEADER = 'ledare.jobb@example.org';

interface Job {
  id: string;
  status: string;
  issued: number;
  skipped: number;
  failed: number;
  pending: number;
  total: number;
}

/** A cohort of trainees who meet every requirement of the base course, written straight into the database. */
async function seedCertifiableCohort(url: string): Promise<string> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // The demo leader's password hash, so that the new leader can sign in with the demo password.
    await db.query(
      `INSERT INTO users (email, name, role, password_hash, organisation_id)
       SELECT $1, 'Jobb Ledare', 'course_leader', password_hash, organisation_id FROM users WHERE role = 'course_leader' ORDER BY email LIMIT 1`,
      [LEADER],
    );
    const { rows } = await db.query(
      `INSERT INTO cohorts (name, course_id, curriculum_version, organisation_id) SELECT 'Stor kull', 'base', 1, organisation_id FROM users WHERE email = $1 RETURNING id`,
      [LEADER],
    );
    const cohortId = rows[0].id as string;
    await db.query(
      `INSERT INTO cohort_leaders (cohort_id, leader_id) SELECT $1, id FROM users WHERE email = $2`,
      [cohortId, LEADER],
    );
    await db.query(
      `INSERT INTO course_days (cohort_id, day_number, date, start_time, end_time, place)
       SELECT $1, d, DATE '2026-01-05' + d * 7, '09:00', '16:00', 'Lokal' FROM generate_series(1, 12) d`,
      [cohortId],
    );
    await db.query(
      `INSERT INTO users (email, name, role, password_hash, organisation_id)
       SELECT 'jobb' || n || '@example.org', 'Deltagare ' || n, 'trainee', 'x', (SELECT organisation_id FROM users WHERE email = $2) FROM generate_series(1, $1::int) n`,
      [COHORT_SIZE, LEADER],
    );
    await db.query(`INSERT INTO enrolments (cohort_id, trainee_id) SELECT $1, id FROM users WHERE email LIKE 'jobb%@example.org'`, [cohortId]);
    await db.query(
      `INSERT INTO attendance (course_day_id, trainee_id, status, marked_by, marked_at)
       SELECT d.id, e.trainee_id, 'present', l.leader_id, now()
         FROM enrolments e JOIN course_days d ON d.cohort_id = e.cohort_id JOIN cohort_leaders l ON l.cohort_id = e.cohort_id
        WHERE e.cohort_id = $1`,
      [cohortId],
    );
    await db.query(
      `INSERT INTO role_play_attempts (enrolment_id, scenario_id, attempt, status, criteria, result, observer_id, signed_at)
       SELECT e.id, s.scenario, 1, 'signed', '[]', 'passed', l.leader_id, now()
         FROM enrolments e JOIN cohort_leaders l ON l.cohort_id = e.cohort_id
        CROSS JOIN (SELECT jsonb_array_elements_text(content->'course'->'completion'->'rolePlays') AS scenario
                      FROM curriculum_versions WHERE course_id = 'base' AND version = 1) s
        WHERE e.cohort_id = $1`,
      [cohortId],
    );
    await db.query(
      `INSERT INTO study_visits (enrolment_id, requirement_id, unit_name, kind, organisation, visit_date, hours, host_email, status)
       SELECT e.id, v->>'id', 'Enhet', v->>'kind', 'Region', DATE '2026-02-01', 4, 'vard@example.org', 'approved'
         FROM enrolments e CROSS JOIN (SELECT jsonb_array_elements(content->'course'->'studyVisits') AS v
                                         FROM curriculum_versions WHERE course_id = 'base' AND version = 1) v
        WHERE e.cohort_id = $1
          AND v->>'id' IN (SELECT jsonb_array_elements_text(content->'course'->'completion'->'studyVisits') FROM curriculum_versions WHERE course_id = 'base' AND version = 1)`,
      [cohortId],
    );
    return cohortId;
  } finally {
    await db.end();
  }
}

async function readJob(leader: Session, id: string): Promise<Job> {
  const response = await leader.get(`/api/certification-jobs/${id}`);
  if (response.status !== 200) throw new Error(`job ${id}: ${response.status}`);
  return (await response.json()) as Job;
}

/** The job once it is done or failed, however long a takeover takes. */
function finished(leader: Session, id: string): Promise<Job> {
  return waitFor(
    `job ${id} to finish`,
    async () => {
      const state = await readJob(leader, id);
      return state.status === 'done' || state.status === 'failed' ? state : undefined;
    },
    120_000,
    250,
  );
}

describe('cohort certification across instances', () => {
  let db: TestDatabase;
  let sql: Client;
  beforeAll(async () => {
    db = await freshDatabase();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await stopAllAppProcesses();
    await sql.end();
    await db.drop();
  });

  it('kill -9 of the instance working a job: another finishes it, each trainee certified exactly once, nobody acting', async () => {
    const a = await startAppProcess({ databaseUrl: db.url, env: { DEMO_DATA: 'true' } });
    const b = await startAppProcess({ databaseUrl: db.url });
    const cohortId = await seedCertifiableCohort(db.url);
    const leaderOnA = await signIn(a.baseUrl, LEADER, DEMO_PASSWORD);
    // The demo data holds certificates of its own (a peer supporter renewing hers).
    const demoCertificates = (await sql.query(`SELECT count(*)::int AS n FROM certificates`)).rows[0].n as number;

    // Only A works jobs until it dies: B's workers are stopped by pausing it (SIGSTOP) while A takes the job.
    b.kill('SIGSTOP');
    const started = await leaderOnA.post(`/api/cohorts/${cohortId}/certification-jobs`, { language: 'sv' });
    expect(started.status).toBe(202);
    const job = (await started.json()) as Job;
    await waitFor('A to issue some certificates', async () => ((await readJob(leaderOnA, job.id)).issued >= 20 ? true : undefined), 60_000);
    a.kill('SIGKILL');
    const killed = await a.exited;
    expect(killed.signal).toBe('SIGKILL');
    const issuedByA = ((await sql.query(`SELECT count(*)::int AS n FROM certificates`)).rows[0].n as number) - demoCertificates;
    expect(issuedByA).toBeLessThan(COHORT_SIZE);
    b.kill('SIGCONT');

    // B notices the dead worker by its missed heartbeats and finishes the job.
    const leaderOnB = await signIn(b.baseUrl, LEADER, DEMO_PASSWORD);
    const done = await finished(leaderOnB, job.id);
    expect(done).toMatchObject({ status: 'done', total: COHORT_SIZE, issued: COHORT_SIZE, failed: 0, pending: 0 });
    const perTrainee = await sql.query(
      `SELECT count(*)::int AS n, count(DISTINCT c.trainee_id)::int AS trainees, count(DISTINCT (c.status_list, c.status_index))::int AS entries
         FROM certificates c JOIN enrolments e ON e.id = c.enrolment_id WHERE e.cohort_id = $1`,
      [cohortId],
    );
    expect(perTrainee.rows[0]).toEqual({ n: COHORT_SIZE, trainees: COHORT_SIZE, entries: COHORT_SIZE });
    // Each PDF came whole from the signing thread, and its memory was freed only after it was stored.
    const whole = await sql.query(
      `SELECT count(*)::int AS n FROM certificates c JOIN enrolments e ON e.id = c.enrolment_id
        WHERE e.cohort_id = $1 AND substring(c.pdf FROM 1 FOR 5) = '%PDF-'::bytea AND encode(sha256(c.pdf), 'hex') = c.pdf_sha256`,
      [cohortId],
    );
    expect(whole.rows[0].n).toBe(COHORT_SIZE);
    // Every issued row points at its certificate, and the status list counted each one once.
    const items = await sql.query(`SELECT count(*)::int AS n FROM certification_job_items WHERE job_id = $1 AND status = 'issued' AND certificate_id IS NOT NULL`, [job.id]);
    expect(items.rows[0].n).toBe(COHORT_SIZE);
    const used = await sql.query(`SELECT sum(used)::int AS n FROM status_lists`);
    expect(used.rows[0].n).toBe(COHORT_SIZE + demoCertificates);
  });

  it('a third instance starting meanwhile changes nothing running', async () => {
    const b = await startAppProcess({ databaseUrl: db.url });
    const leader = await signIn(b.baseUrl, LEADER, DEMO_PASSWORD);
    const cohortId = (await sql.query(`SELECT id FROM cohorts WHERE name = 'Stor kull'`)).rows[0].id as string;
    // Revoke everything, so a new job has the whole cohort to certify again.
    await sql.query(`UPDATE certificates SET status = 'revoked', revoked_at = now(), revocation_code = 'issued-in-error' WHERE status = 'valid'`);
    const started = (await (await leader.post(`/api/cohorts/${cohortId}/certification-jobs`, {})).json()) as Job;
    await waitFor('the job to start', async () => ((await readJob(leader, started.id)).issued > 0 ? true : undefined), 60_000);
    const c = await startAppProcess({ databaseUrl: db.url });
    const during = await readJob(leader, started.id);
    expect(['running', 'done']).toContain(during.status); // never failed or queued again by C's start
    const done = await finished(leader, started.id);
    expect(done).toMatchObject({ status: 'done', issued: COHORT_SIZE, failed: 0 });
    // Starting C asked nothing of jobs: no job of the cohort was marked failed, and C answers like the others.
    expect((await sql.query(`SELECT count(*)::int AS n FROM certification_jobs WHERE status = 'failed'`)).rows[0].n).toBe(0);
    expect((await fetch(`${c.baseUrl}/api/health/ready`)).status).toBe(200);
  });

  it('two instances starting together on an empty database: one migrates, both serve', async () => {
    const empty = `${db.name}_empty`;
    const admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(empty)}`);
      const url = new URL(db.url);
      url.pathname = `/${empty}`;
      const [first, second] = await Promise.all([startAppProcess({ databaseUrl: url.toString() }), startAppProcess({ databaseUrl: url.toString() })]);
      expect((await fetch(`${first.baseUrl}/api/health/ready`)).status).toBe(200);
      expect((await fetch(`${second.baseUrl}/api/health/ready`)).status).toBe(200);
      const check = new Client({ connectionString: url.toString() });
      await check.connect();
      try {
        const { rows } = await check.query(`SELECT name, count(*)::int AS n FROM migrations GROUP BY name HAVING count(*) > 1`);
        expect(rows).toEqual([]);
        expect((await check.query(`SELECT count(*)::int AS n FROM status_lists`)).rows[0].n).toBe(1);
      } finally {
        await check.end();
      }
      await Promise.all([first.stop(), second.stop()]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(empty)} WITH (FORCE)`);
      await admin.end();
    }
  });
});
