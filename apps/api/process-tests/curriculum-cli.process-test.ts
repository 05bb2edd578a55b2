import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freshDatabase, TEST_ISSUER_KEY_SECRET, TestDatabase, WORKSPACE_ROOT } from './harness';

const CLI_JS = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'cli.js');
const SKANE_DAY = join('organisations', 'nsph-skane', 'courses', 'forensic-care', 'days', 'day-01.yaml');
const BASE_DAY_7 = join('courses', 'base', 'days', 'day-07.yaml');

describe('npm run curriculum:publish', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CLI_JS)) throw new Error(`${CLI_JS} is missing: build the api first (npx nx build api)`);
    db = await freshDatabase();
    dir = join(mkdtempSync(join(tmpdir(), 'peer-cli-')), 'curriculum');
    cpSync(join(WORKSPACE_ROOT, 'curriculum'), dir, { recursive: true });
  });
  afterAll(async () => {
    await db.drop();
    rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  const publish = () =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const env = { ...process.env, NODE_OPTIONS: '', DATABASE_URL: db.url, CURRICULUM_DIR: dir, ISSUER_KEY_SECRET: TEST_ISSUER_KEY_SECRET, LOG_LEVEL: 'warn' };
      execFile(process.execPath, [CLI_JS, 'curriculum:publish'], { cwd: WORKSPACE_ROOT, env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  const edit = (file: string, from: string, to: string) => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));

  it('publishes the national courses, then each organisation’s own modules; a broken folder holds up only its own', async () => {
    const first = await publish();
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^base\s+version 1\s+created$/m);
    // NSPH Skåne's folder is shipped, but the organisation does not exist here yet.
    expect(first.stdout).not.toContain('nsph-skane');

    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await pg.query(`INSERT INTO organisations (slug, name) VALUES ('nsph-skane', 'NSPH Skåne')`);
      const second = await publish();
      expect(second).toMatchObject({ code: 0 });
      expect(second.stdout).toMatch(/^base\s+version 1\s+unchanged$/m);
      expect(second.stdout).toMatch(/^nsph-skane\.forensic-care\s+version 1\s+created$/m);

      edit(SKANE_DAY, 'minutes: 90\nrolePlays', 'minutes: 95\nrolePlays');
      edit(BASE_DAY_7, 'sv: Vårdens organisation, lagar och tystnadsplikt', 'sv: Vårdens organisation, lagar och sekretess');
      const third = await publish();
      expect(third.code).toBe(1);
      expect(third.stdout).toMatch(/^base\s+version 2\s+created$/m);
      expect(third.stderr).toContain('nsph-skane: not published');
      expect(third.stderr).toMatch(/organisations\/nsph-skane\/courses\/forensic-care\/course\.yaml:\d+: hours: hours is 6 but/);
      const { rows } = await pg.query(`SELECT course_id, version FROM curriculum_versions WHERE organisation_id IS NOT NULL`);
      expect(rows).toEqual([{ course_id: 'nsph-skane.forensic-care', version: 1 }]);
    } finally {
      await pg.end();
    }
  });
});
