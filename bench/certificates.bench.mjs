// Certificates: rendering (ours vs Chromium print-to-PDF, same content, same run),
// certifying a 1,000-trainee cohort end to end, and the public verification page
// (vs a bare node:http + pg handler doing the same look-up).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { root } from './lib/app.mjs';
import { createPool, withClient } from './lib/db.mjs';
import { measure, median, round } from './lib/load.mjs';
import { passwordHash, publishCurriculum, signIn } from './lib/seed.mjs';
import { freePort } from '../tools/lib/throwaway-cluster.mjs';

export const name = 'certificates';

const COHORT_SIZE = 1000;

export async function run({ cluster, startApp }) {
  const figures = { ...(await renderComparison()) };
  const databaseUrl = await cluster.createDatabase('bench_certificates');
  const app = await startApp(databaseUrl);
  try {
    publishCurriculum(databaseUrl);
    const code = await withClient(databaseUrl, async (db) => {
      const cohortId = await seedCertifiableCohort(db);
      Object.assign(figures, await certifyCohort(app.url, cohortId, db));
      // Peak memory of the API process so far: start-up and the whole cohort, signing threads included.
      figures.cohort_1000_rss_mb = app.peakRssMb();
      const { rows } = await db.query(`SELECT code FROM certificates ORDER BY issued_at LIMIT 1`);
      return rows[0].code;
    });
    Object.assign(figures, await verification(app.url, databaseUrl, code));
  } finally {
    await app.stop();
  }
  return figures;
}

/** The same certificate through our renderer and through Chromium with a reused page. */
async function renderComparison(samples = 40) {
  const require = createRequire(import.meta.url);
  require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'bundler', esModuleInterop: true } });
  const { CertificateRenderer } = require(join(root, 'libs/certification/pdf/src/index.ts'));
  const renderer = await CertificateRenderer.create({ templatesDir: join(root, 'certificates') });
  const view = sampleView();
  const attachment = { name: 'credential.json', json: JSON.stringify({ id: 'urn:example', proof: 'x'.repeat(2000) }) };
  const ours = [];
  for (let i = 0; i < samples + 5; i++) {
    const start = performance.now();
    await renderer.render(view, attachment);
    if (i >= 5) ours.push(performance.now() - start);
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install Debian's chromium`);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const html = htmlOf(view);
  const theirs = [];
  try {
    const page = await browser.newPage();
    for (let i = 0; i < samples + 5; i++) {
      const start = performance.now();
      await page.setContent(html);
      await page.pdf({ format: 'A4', printBackground: true });
      if (i >= 5) theirs.push(performance.now() - start);
    }
  } finally {
    await browser.close();
  }
  return { pdf_ms: round(median(ours), 2), pdf_chromium_ms: round(median(theirs), 2), pdf_vs_chromium: round(median(theirs) / median(ours), 2) };
}

/** 1,000 trainees who meet every requirement of the base course. */
async function seedCertifiableCohort(db) {
  const hash = await passwordHash();
  const { rows: [organisation] } = await db.query(`INSERT INTO organisations (slug, name) VALUES ('bench', 'Bench') RETURNING id`);
  await db.query(`INSERT INTO users (email, name, role, password_hash, organisation_id) VALUES ('leader@bench.test', 'Bench Ledare', 'course_leader', $1, $2)`, [hash, organisation.id]);
  const { rows } = await db.query(`
    WITH cohort AS (INSERT INTO cohorts (name, course_id, curriculum_version, organisation_id) VALUES ('Bench 1000', 'base', 1, $1) RETURNING id)
    SELECT id FROM cohort`, [organisation.id]);
  const cohortId = rows[0].id;
  await db.query(`
    INSERT INTO cohort_leaders (cohort_id, leader_id) SELECT $1, id FROM users WHERE email = 'leader@bench.test';
    INSERT INTO course_days (cohort_id, day_number, date, start_time, end_time, place)
      SELECT $1, d, DATE '2026-01-05' + d * 7, '09:00', '16:00', 'Lokal' FROM generate_series(1, 12) d;
    INSERT INTO users (email, name, role, password_hash, organisation_id)
      SELECT 'deltagare' || n || '@bench.test', 'Deltagare ' || n || ' Åström-Öberg', 'trainee', 'x', (SELECT organisation_id FROM cohorts WHERE id = $1) FROM generate_series(1, ${COHORT_SIZE}) n;
    INSERT INTO enrolments (cohort_id, trainee_id) SELECT $1, id FROM users WHERE role = 'trainee';
    INSERT INTO attendance (course_day_id, trainee_id, status, marked_by, marked_at)
      SELECT d.id, e.trainee_id, 'present', l.leader_id, now()
        FROM enrolments e JOIN course_days d ON d.cohort_id = e.cohort_id JOIN cohort_leaders l ON l.cohort_id = e.cohort_id;
    INSERT INTO role_play_attempts (enrolment_id, scenario_id, attempt, status, criteria, result, observer_id, signed_at)
      SELECT e.id, s.scenario, 1, 'signed', '[]', 'passed', l.leader_id, now()
        FROM enrolments e JOIN cohort_leaders l ON l.cohort_id = e.cohort_id
        CROSS JOIN (SELECT jsonb_array_elements_text(content->'course'->'completion'->'rolePlays') AS scenario
                      FROM curriculum_versions WHERE course_id = 'base' AND version = 1) s;
    INSERT INTO study_visits (enrolment_id, requirement_id, unit_name, kind, organisation, visit_date, hours, host_email, status)
      SELECT e.id, v->>'id', 'Enhet', v->>'kind', 'Region', DATE '2026-02-01', 4, 'host@bench.test', 'approved'
        FROM enrolments e CROSS JOIN (SELECT jsonb_array_elements(content->'course'->'studyVisits') AS v
                                        FROM curriculum_versions WHERE course_id = 'base' AND version = 1) v
       WHERE v->>'id' IN (SELECT jsonb_array_elements_text(content->'course'->'completion'->'studyVisits') FROM curriculum_versions WHERE course_id = 'base' AND version = 1);
    ANALYZE;`.replaceAll('$1', `'${cohortId}'`));
  return cohortId;
}

/** End to end: the job signs, renders and stores every certificate; health is polled meanwhile. */
async function certifyCohort(url, cohortId, db) {
  const { cookie, csrf } = await signIn(url, 'leader@bench.test');
  const headers = { cookie, 'x-xsrf-token': csrf, 'content-type': 'application/json' };
  const start = performance.now();
  const started = await fetch(`${url}/api/cohorts/${cohortId}/certification-jobs`, { method: 'POST', headers, body: '{}' });
  if (started.status !== 202) throw new Error(`job did not start: ${started.status}`);
  const job = await started.json();
  const healthLatencies = [];
  let state = job;
  while (state.status === 'queued' || state.status === 'running') {
    const t0 = performance.now();
    await fetch(`${url}/api/health`);
    healthLatencies.push(performance.now() - t0);
    state = await (await fetch(`${url}/api/certification-jobs/${job.id}`, { headers })).json();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - start) / 1000;
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM certificates WHERE status = 'valid'`);
  if (state.status !== 'done' || rows[0].n !== COHORT_SIZE) throw new Error(`job ended ${state.status} with ${rows[0].n} certificates`);
  const sorted = healthLatencies.sort((a, b) => a - b);
  return {
    cohort_1000_s: round(seconds, 2),
    cohort_1000_health_max_ms: round(sorted.at(-1) ?? 0, 1),
  };
}

/** GET /verify/<code> through the app versus a bare handler doing the same look-up. */
async function verification(url, databaseUrl, code) {
  const bare = await startBareVerify(databaseUrl);
  try {
    const appRuns = [];
    const bareRuns = [];
    for (let i = 0; i < 3; i++) {
      bareRuns.push(await measure(`${bare.url}/verify/${code}`));
      appRuns.push(await measure(`${url}/verify/${code}`));
    }
    const appRps = median(appRuns.map((r) => r.rps));
    const bareRps = median(bareRuns.map((r) => r.rps));
    return {
      verify_vs_bare: round(appRps / bareRps),
      verify_rps: Math.round(appRps),
      verify_bare_rps: Math.round(bareRps),
      verify_p99_ms: median(appRuns.map((r) => r.p99)),
    };
  } finally {
    await bare.stop();
  }
}

async function startBareVerify(databaseUrl) {
  const pool = createPool(databaseUrl, 10);
  const server = createServer(async (request, response) => {
    const code = request.url.split('/').at(-1);
    let rows;
    try {
      ({ rows } = await pool.query(`SELECT holder_name, status, course_id, curriculum_version, issued_at FROM certificates WHERE code = $1`, [code]));
    } catch {
      // A rejection in a request handler would end the whole run; the load test counts the 503.
      return response.writeHead(503).end();
    }
    if (rows.length === 0) return response.writeHead(404).end();
    const c = rows[0];
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Intyg</title><p>${c.status}</p><p>${c.holder_name}</p><p>${c.course_id} ${c.curriculum_version}</p>`);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: async () => { await new Promise((r) => server.close(r)); await pool.end(); } };
}

function sampleView() {
  return {
    language: 'sv',
    documentTitle: 'Yrkesbevis: certifierad peer supporter',
    holderName: 'Åsa Öberg-Lindström',
    courseTitle: 'Grundutbildning för peer supporter',
    courseVersion: 1,
    description: 'Innehavaren har genomgått grundutbildningen för peer supporter med rollspel och studiebesök i heldygnsvård och öppenvård.',
    trainings: [{ title: 'Grundutbildning för peer supporter', hours: 72, completedOn: '2026-03-30' }],
    totalHours: 72,
    competences: ['Stödja återhämtning', 'Använda egen erfarenhet som kunskap', 'Samtala och deeskalera', 'Hålla gränser och tystnadsplikt', 'Arbeta i team', 'Egenvård och handledning'],
    practicals: ['6 rollspel observerade och godkända', 'Studiebesök: heldygnsvård, öppenvård'],
    issuedOn: '2026-04-01',
    issuerName: 'PEER Academy',
    issuerUrl: 'https://peer.example.org',
    code: 'abcdefghijkmnpqrstuvwxyz23456789',
    verifyUrl: 'https://peer.example.org/verify/abcdefghijkmnpqrstuvwxyz23456789',
  };
}

function htmlOf(view) {
  const list = (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 20mm } body { font-family: 'DejaVu Sans', sans-serif; color: #1f2933 }
    h1 { font-size: 26pt } .holder { font-size: 22pt; font-weight: bold } table { width: 100%; border-collapse: collapse }
  </style></head><body>
  <p>${view.issuerName}</p><h1>${view.documentTitle}</h1><p class="holder">${view.holderName}</p>
  <p>${view.courseTitle}, version ${view.courseVersion}</p><p>${view.description}</p>
  <table>${view.trainings.map((t) => `<tr><td>${t.title}</td><td>${t.hours} h</td></tr>`).join('')}<tr><td>Totalt</td><td>${view.totalHours} h</td></tr></table>
  <h2>Kompetenser</h2>${list(view.competences)}<h2>Praktiska moment</h2>${list(view.practicals)}
  <p>Utfärdat ${view.issuedOn} · Kod ${view.code}</p><p>Kontrollera äktheten: ${view.verifyUrl}</p>
  </body></html>`;
}
