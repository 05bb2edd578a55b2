import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, SHIPPED_CURRICULUM, startTestApp, TestApp } from '../../../test/test-app';

const SHIPPED = SHIPPED_CURRICULUM;
const DAY_7 = join('courses', 'base', 'days', 'day-07.yaml');

describe('curriculum versions', () => {
  let dir: string;
  let t: TestApp;
  let national: Client;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peer-curriculum-'));
    cpSync(SHIPPED, dir, { recursive: true });
    t = await startTestApp({ CURRICULUM_DIR: dir });
    national = await t.as('national_admin');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

  it('publishes every course as version 1, and identical content again as a no-op', async () => {
    const first = await national.post('/api/curriculum/publish').expect(201);
    const ids = first.body.courses.map((c: { courseId: string }) => c.courseId).sort();
    // Not NSPH Skåne's own module: only its administrators publish that.
    expect(ids).toEqual(['addiction', 'base', 'inpatient-care', 'outpatient-care', 'psychosis', 'refresher']);
    expect(first.body.courses.every((c: { version: number; status: string }) => c.version === 1 && c.status === 'created')).toBe(true);

    const second = await national.post('/api/curriculum/publish').expect(201);
    expect(second.body.courses.every((c: { version: number; status: string }) => c.version === 1 && c.status === 'unchanged')).toBe(true);
    const versions = await national.get('/api/curriculum/courses/base/versions').expect(200);
    expect(versions.body.versions).toHaveLength(1);
  });

  it('serves the base course with 12 days, modules that require it, and both kinds of study visit', async () => {
    const trainee = await t.as('trainee');
    const { body } = await trainee.get('/api/curriculum/courses').expect(200);
    const base = body.courses.find((c: { id: string }) => c.id === 'base');
    expect(base).toMatchObject({ kind: 'base', dayCount: 12, latestVersion: 1, title: { sv: expect.any(String), en: expect.any(String) } });
    for (const module of ['psychosis', 'addiction', 'inpatient-care', 'outpatient-care']) {
      expect(body.courses.find((c: { id: string }) => c.id === module).prerequisites).toContain('base');
    }

    const version = await trainee.get('/api/curriculum/courses/base/versions/1').expect(200);
    expect(version.body.content.course.days.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const day = await trainee.get('/api/curriculum/courses/base/versions/1/days/7').expect(200);
    expect(day.body.day.title.sv).toBe('Vårdens organisation, lagar och tystnadsplikt');

    const scenarios = await trainee.get('/api/curriculum/courses/base/versions/1/scenarios').expect(200);
    expect(scenarios.body.scenarios.length).toBeGreaterThanOrEqual(6);
    expect(scenarios.body.scenarios.every((s: { rubric: unknown[] }) => s.rubric.length > 0)).toBe(true);

    const visits = await trainee.get('/api/curriculum/courses/base/versions/1/study-visits').expect(200);
    const required = visits.body.studyVisits.filter((v: { required: boolean }) => v.required).map((v: { kind: string }) => v.kind);
    expect(required).toEqual(expect.arrayContaining(['inpatient', 'outpatient']));
  });

  it('turns one changed line into version 2 and leaves version 1 as it was', async () => {
    expect((await national.get('/api/curriculum/publish/preview').expect(200)).body.courses.every((c: { status: string }) => c.status === 'unchanged')).toBe(true);
    edit(DAY_7, (text) => text.replace('sv: Vårdens organisation, lagar och tystnadsplikt', 'sv: Vårdens organisation, lagar och sekretess'));
    // The preview shows what publishing would do, and writes nothing.
    const preview = (await national.get('/api/curriculum/publish/preview').expect(200)).body.courses as { courseId: string; current: number; status: string; changes: unknown[] }[];
    expect(preview.find((c) => c.courseId === 'base')).toMatchObject({
      current: 1,
      status: 'changed',
      changes: [{ path: 'course.days[number=7].title.sv', kind: 'changed', after: 'Vårdens organisation, lagar och sekretess' }],
    });
    expect(preview.find((c) => c.courseId === 'psychosis')).toMatchObject({ status: 'unchanged', changes: [] });
    expect((await national.get('/api/curriculum/courses/base/versions').expect(200)).body.versions).toHaveLength(1);
    const published = await national.post('/api/curriculum/publish').expect(201);
    const statuses = Object.fromEntries(published.body.courses.map((c: { courseId: string; version: number; status: string }) => [c.courseId, `${c.status}@${c.version}`]));
    expect(statuses).toMatchObject({ base: 'created@2', psychosis: 'unchanged@1', refresher: 'unchanged@1' });

    const v1 = await national.get('/api/curriculum/courses/base/versions/1/days/7').expect(200);
    const v2 = await national.get('/api/curriculum/courses/base/versions/2/days/7').expect(200);
    expect(v1.body.day.title.sv).toBe('Vårdens organisation, lagar och tystnadsplikt');
    expect(v2.body.day.title.sv).toBe('Vårdens organisation, lagar och sekretess');

    const diff = await national.get('/api/curriculum/courses/base/versions/2/diff?from=1').expect(200);
    expect(diff.body.changes).toEqual([
      {
        path: 'course.days[number=7].title.sv',
        kind: 'changed',
        before: 'Vårdens organisation, lagar och tystnadsplikt',
        after: 'Vårdens organisation, lagar och sekretess',
      },
    ]);
  });

  it('refuses to change or delete a published version in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE curriculum_versions SET kind = 'module' WHERE course_id = 'base'`)).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM curriculum_versions`)).rejects.toThrow(/immutable/);
  });

  it('refuses broken content with 422 naming file and path, and publishes nothing', async () => {
    edit(DAY_7, (text) => text.replace('en: How care is organised, laws and confidentiality', 'en: ""'));
    const before = await national.get('/api/curriculum/courses/base/versions').expect(200);
    const response = await national.post('/api/curriculum/publish').expect(422);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(/^courses\/base\/days\/day-07\.yaml.*title\.en/), rule: 'curriculum' })]),
    );
    const after = await national.get('/api/curriculum/courses/base/versions').expect(200);
    expect(after.body.versions).toEqual(before.body.versions);
  });

  it('lets only the national administrator publish the national courses', async () => {
    const leader = await t.as('course_leader');
    await leader.post('/api/curriculum/publish').expect(403);
    edit(DAY_7, (text) => text.replace('en: ""', 'en: How care is organised, laws and secrecy'));
    // An organisation's administrator publishes her organisation's own modules; this one has none.
    const before = (await national.get('/api/curriculum/courses/base/versions').expect(200)).body.versions;
    expect((await (await t.as('admin')).post('/api/curriculum/publish').expect(201)).body.courses).toEqual([]);
    expect((await national.get('/api/curriculum/courses/base/versions').expect(200)).body.versions).toEqual(before);
    await t.http().get('/api/curriculum/courses').expect(401);
  });

  it('names a malformed route parameter and answers 404 for what does not exist', async () => {
    const bad = await national.get('/api/curriculum/courses/base/versions/first').expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'version', rule: 'isInt' })]));
    const badId = await national.get('/api/curriculum/courses/Base!/versions').expect(400);
    expect(badId.body.errors[0]).toMatchObject({ field: 'courseId', rule: 'matches' });
    await national.get('/api/curriculum/courses/base/versions/99').expect(404);
    await national.get('/api/curriculum/courses/base/versions/1/days/13').expect(404);
    await national.get('/api/curriculum/courses/forensic/versions').expect(404);
    const noFrom = await national.get('/api/curriculum/courses/base/versions/2/diff').expect(400);
    expect(noFrom.body.errors[0]).toMatchObject({ field: 'from' });
  });
});
