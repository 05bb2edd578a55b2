import type { CourseSummaryDto } from '@peer/contract';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, SHIPPED_CURRICULUM, startTestApp, TestApp } from '../../../test/test-app';

/** The shipped curriculum, with NSPH Skåne's own content moved to the test organisation's slug. */
function curriculumFor(slug: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'peer-curriculum-')), 'curriculum');
  cpSync(SHIPPED_CURRICULUM, dir, { recursive: true });
  const own = join(dir, 'organisations', slug);
  renameSync(join(dir, 'organisations', 'nsph-skane'), own);
  const rewrite = (path: string): void => {
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      if (statSync(file).isDirectory()) rewrite(file);
      else writeFileSync(file, readFileSync(file, 'utf8').replaceAll('nsph-skane.', `${slug}.`));
    }
  };
  rewrite(own);
  return dir;
}

const MODULE = 'region-1.forensic-care';
const DAY = join('organisations', 'region-1', 'courses', 'forensic-care', 'days', 'day-01.yaml');

describe("an organisation's own modules", () => {
  let dir: string;
  let t: TestApp;
  let national: Client;
  let admin: Client;
  let otherOrganisation: string;
  let otherAdmin: Client;

  beforeAll(async () => {
    dir = curriculumFor('region-1');
    t = await startTestApp({ CURRICULUM_DIR: dir });
    national = await t.as('national_admin');
    admin = await t.as('admin');
    otherOrganisation = await t.createOrganisation('Grannregionen');
    otherAdmin = await t.as('admin', otherOrganisation);
    await national.post('/api/curriculum/publish').expect(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  const courseIds = async (client: Client) => ((await client.get('/api/curriculum/courses').expect(200)).body.courses as CourseSummaryDto[]).map((c) => c.id);

  it('are published by the organisation’s administrator alone, apart from the national courses', async () => {
    expect(await courseIds(admin)).not.toContain(MODULE);
    const preview = (await admin.get('/api/curriculum/publish/preview').expect(200)).body.courses;
    expect(preview).toEqual([expect.objectContaining({ courseId: MODULE, status: 'new', current: null })]);

    // Another organisation's administrator has nothing of her own to publish, and cannot publish this one.
    expect((await otherAdmin.post('/api/curriculum/publish').expect(201)).body.courses).toEqual([]);
    // The national administrator publishes the national courses only.
    const nationalAgain = (await national.post('/api/curriculum/publish').expect(201)).body.courses as { courseId: string }[];
    expect(nationalAgain.map((c) => c.courseId)).not.toContain(MODULE);
    expect(await courseIds(admin)).not.toContain(MODULE);

    const published = await admin.post('/api/curriculum/publish').expect(201);
    expect(published.body.courses).toEqual([{ courseId: MODULE, version: 1, status: 'created' }]);
    const [row] = await t.dataSource.query('SELECT organisation_id FROM curriculum_versions WHERE course_id = $1', [MODULE]);
    expect(row.organisation_id).toBe(t.organisationId);
    const audit = await t.dataSource.query(`SELECT details FROM audit_events WHERE action = 'curriculum.publish' AND actor_id = $1`, [admin.user.id]);
    expect(audit.map((e: { details: { created: string[] } }) => e.details.created)).toContainEqual([`${MODULE}@1`]);
  });

  it('are offered to their own organisation next to the national courses, and to no other', async () => {
    const trainee = await t.as('trainee');
    const leader = await t.as('course_leader');
    for (const client of [admin, leader, trainee]) {
      const ids = await courseIds(client);
      expect(ids).toEqual(expect.arrayContaining(['base', 'psychosis', MODULE]));
    }
    const listed = ((await leader.get('/api/curriculum/courses').expect(200)).body.courses as CourseSummaryDto[]).find((c) => c.id === MODULE);
    expect(listed).toMatchObject({ kind: 'module', organisation: 'Testregionen', prerequisites: ['base'], dayCount: 1, hours: 6 });
    expect(((await leader.get('/api/curriculum/courses').expect(200)).body.courses as CourseSummaryDto[]).find((c) => c.id === 'base')?.organisation).toBeNull();

    for (const client of [otherAdmin, await t.as('course_leader', otherOrganisation), await t.as('trainee', otherOrganisation)]) {
      const ids = await courseIds(client);
      expect(ids).toContain('base');
      expect(ids).not.toContain(MODULE);
    }
    // The national administrator oversees every organisation's modules.
    expect(await courseIds(national)).toEqual(expect.arrayContaining(['base', MODULE]));
  });

  it('run in cohorts of their own organisation only', async () => {
    const leader = await t.as('course_leader');
    const cohort = await leader.post('/api/cohorts', { name: 'Rättspsykiatri vår', courseId: MODULE, version: 1 }).expect(201);
    expect(cohort.body).toMatchObject({ courseId: MODULE, version: 1 });

    const otherLeader = await t.as('course_leader', otherOrganisation);
    const refused = await otherLeader.post('/api/cohorts', { name: 'Lånad modul', courseId: MODULE, version: 1 }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'courseId', rule: 'published', code: 'field.published' })]);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM cohorts WHERE name = $1', ['Lånad modul']);
    expect(count).toBe(0);
  });

  it('keep their content readable by id, so a trainee who moves keeps her course page', async () => {
    const trainee = await t.as('trainee', otherOrganisation);
    const day = await trainee.get(`/api/curriculum/courses/${MODULE}/versions/1/days/1`).expect(200);
    expect(day.body.day.rolePlays).toEqual(['region-1.talking-about-the-future']);
    const scenarios = await trainee.get(`/api/curriculum/courses/${MODULE}/versions/1/scenarios`).expect(200);
    expect(scenarios.body.scenarios.map((s: { id: string }) => s.id)).toEqual(['region-1.talking-about-the-future']);
  });

  it('are held up by a problem in their own folder, never by one in another organisation’s', async () => {
    edit(DAY, (text) => text.replace('minutes: 90\nrolePlays', 'minutes: 95\nrolePlays'));
    const refused = await admin.post('/api/curriculum/publish').expect(422);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^organisations\/region-1\/courses\/forensic-care\/course\.yaml.*hours/), rule: 'curriculum' })]),
    );
    // The national courses and the other organisation publish as before.
    await national.post('/api/curriculum/publish').expect(201);
    await otherAdmin.get('/api/curriculum/publish/preview').expect(200);
    expect((await admin.get(`/api/curriculum/courses/${MODULE}/versions`).expect(200)).body.versions).toHaveLength(1);

    edit(DAY, (text) => text.replace('minutes: 95\nrolePlays', 'minutes: 90\nrolePlays'));
    expect((await admin.post('/api/curriculum/publish').expect(201)).body.courses).toEqual([{ courseId: MODULE, version: 1, status: 'unchanged' }]);
  });

  it('have an achievement and a badge of their own at public addresses, as their credentials name them', async () => {
    const achievement = await t.http().get(`/achievements/${MODULE}/1`).expect(200);
    expect(JSON.parse(achievement.text)).toMatchObject({ id: expect.stringContaining(`/achievements/${MODULE}/1`), name: 'Kursbevis: fördjupning rättspsykiatri' });
    const badge = await t.http().get(`/achievements/${MODULE}/1/badge/sv.svg`).expect(200);
    expect(badge.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('keep the owner and the id together in the database', async () => {
    await expect(
      t.dataSource.query(`INSERT INTO curriculum_versions (course_id, version, kind, content_hash, content) SELECT 'region-9.forensic-care', 1, kind, content_hash, content FROM curriculum_versions WHERE course_id = 'base' LIMIT 1`),
    ).rejects.toThrow(/curriculum_versions_owner_check/);
  });
});
