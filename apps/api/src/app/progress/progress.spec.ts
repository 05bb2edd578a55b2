import type { CohortProgressPageDto, CompletionResult } from '@peer/contract';
import { createCohort, EnrolledTrainee, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

/** One cell of a matrix page spelled out: its state letter and its reason from the page's table. */
function cellOf(page: CohortProgressPageDto, traineeId: string, requirementId: string) {
  const row = page.rows.find((r) => r.traineeId === traineeId);
  const column = page.requirements.findIndex((r) => r.id === requirementId);
  if (!row || column < 0) return undefined;
  return { state: row.states[column], reason: page.reasons[row.reasons[column] as number] };
}

const LETTER = { met: 'm', pending: 'p', failed: 'f' } as const;
const ATTENTION_LETTER = { blocked: 'b', overdue: 'o', upcoming: 'u' } as const;

describe('completion as trainees and leaders see it', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  async function traineeClient(enrolment: EnrolledTrainee): Promise<Client> {
    return signInTrainee(t, enrolment);
  }

  it('blocks certification on an unexcused absence until it is made up in another cohort, with the same reasons for both', async () => {
    const home = await createCohort(leader, { trainees: ['Anders Björk', 'Ingrid Nyström'], days: weeklyDays('2026-01-12') });
    const [anders, ingrid] = home.cohort.enrolments;
    const marks = (dayNumber: number) =>
      leader.put(`/api/cohorts/${home.cohort.id}/days/${dayNumber}/attendance`, {
        marks: [
          { traineeId: anders?.traineeId, status: dayNumber === 7 ? 'absent_unexcused' : 'present' },
          { traineeId: ingrid?.traineeId, status: 'present' },
        ],
      });
    for (let day = 1; day <= 12; day++) await marks(day).expect(200);

    const trainee = await traineeClient(home.enrolments[0] as never);
    const mine = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(mine.result.certifiable).toBe(false);
    const day7 = mine.result.requirements.find((r: { id: string }) => r.id === 'attendance:day-7');
    expect(day7.status).toBe('pending');
    expect(day7.reason.sv).toMatch(/^Dag 7 saknas: ta igen i en annan kull/);
    expect(mine.result.openMakeUps).toEqual([expect.objectContaining({ dayNumber: 7 })]);
    expect(mine.days.find((d: { dayNumber: number }) => d.dayNumber === 7).status).toBe('absent_unexcused');

    const seen = (await leader.get(`/api/cohorts/${home.cohort.id}/trainees/${anders?.traineeId}/progress`).expect(200)).body;
    expect(seen.result).toEqual(mine.result);
    const matrix = (await leader.get(`/api/cohorts/${home.cohort.id}/progress`).expect(200)).body as CohortProgressPageDto;
    // Every cell of the compact page says what the trainee's own list says.
    for (const requirement of mine.result.requirements as CompletionResult['requirements']) {
      const state = requirement.attention ? ATTENTION_LETTER[requirement.attention] : LETTER[requirement.status];
      expect(cellOf(matrix, anders?.traineeId as string, requirement.id)).toEqual({ state, reason: requirement.reason });
    }
    expect(day7.attention).toBe('blocked');
    expect(cellOf(matrix, anders?.traineeId as string, 'attendance:day-7')).toEqual({ state: 'b', reason: day7.reason });

    const hostLeader = await t.as('course_leader');
    const host = await createCohort(hostLeader, { name: 'Kull Lund', days: weeklyDays('2026-03-02') });
    const hostDay = host.cohort.days.find((d) => d.dayNumber === 7);
    const booking = await leader.post(`/api/cohorts/${home.cohort.id}/enrolments/${anders?.id}/make-up-bookings`, { dayNumber: 7, hostCourseDayId: hostDay?.id }).expect(201);
    await hostLeader.put(`/api/cohorts/${host.cohort.id}/days/7/guests/${booking.body.id}/attendance`, { status: 'present' }).expect(200);

    const after = (await trainee.get('/api/me/training').expect(200)).body.enrolments[0];
    expect(after.result.requirements.find((r: { id: string }) => r.id === 'attendance:day-7').status).toBe('met');
    expect(after.result.openMakeUps).toEqual([]);
    expect(after.makeUps).toEqual([expect.objectContaining({ dayNumber: 7, method: 'other-cohort', hostCohortName: 'Kull Lund' })]);
    // Role-plays and study visits are still ahead, so not certifiable yet, and not for attendance.
    expect(after.result.requirements.filter((r: { kind: string; status: string }) => r.kind === 'attendance' && r.status !== 'met')).toEqual([]);
  });

  it('filters the matrix, exports it as CSV, and keeps the query count flat as the cohort grows', async () => {
    const small = await createCohort(leader, { trainees: ['Tove Östlund'], days: weeklyDays('2026-01-12') });
    const names = Array.from({ length: 15 }, (_, i) => `Deltagare ${i + 1} Åkesson`);
    const big = await createCohort(leader, { trainees: names, days: weeklyDays('2026-01-12') });
    await leader
      .put(`/api/cohorts/${big.cohort.id}/days/1/attendance`, { marks: big.cohort.enrolments.map((e, i) => ({ traineeId: e.traineeId, status: i === 0 ? 'absent_unexcused' : 'present' })) })
      .expect(200);

    const queries = async (cohortId: string) => {
      const response = await leader.get(`/api/cohorts/${cohortId}/progress`).expect(200);
      return Number(/db;desc="(\d+) queries"/.exec(response.headers['server-timing'] as string)?.[1]);
    };
    const fewQueries = await queries(small.cohort.id);
    expect(fewQueries).toBeGreaterThan(0);
    expect(await queries(big.cohort.id)).toBe(fewQueries);

    const missingDay1 = await leader.get(`/api/cohorts/${big.cohort.id}/progress?requirement=attendance:day-1`).expect(200);
    expect(missingDay1.body.rows.map((r: { name: string }) => r.name)).toEqual([big.cohort.enrolments[0]?.name]);
    const blocked = await leader.get(`/api/cohorts/${big.cohort.id}/progress?show=blocked`).expect(200);
    expect(blocked.body.rows).toHaveLength(15);
    await leader.get(`/api/cohorts/${big.cohort.id}/progress?show=everyone`).expect(400);

    const csv = await leader.get(`/api/cohorts/${big.cohort.id}/progress.csv?lang=sv&requirement=attendance:day-1`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^"Namn";"Kan certifieras";/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^"Deltagare \d+ Åkesson";"Nej";.*Dag 1 saknas/);
  });

  describe('paging', () => {
    const NAMES = ['Alva Ahl', 'Bo Berg', 'Cecilia Cronqvist', 'David Dahl', 'Elsa Ek', 'Filip Fors', 'Greta Gran'];
    const ABSENT = new Set(['Bo Berg', 'David Dahl', 'Filip Fors']);
    let cohortId: string;

    const page = async (query: string) => (await leader.get(`/api/cohorts/${cohortId}/progress${query}`).expect(200)).body as CohortProgressPageDto;
    const names = (body: CohortProgressPageDto) => body.rows.map((r) => r.name);

    beforeAll(async () => {
      const created = await createCohort(leader, { trainees: NAMES, days: weeklyDays('2026-01-12') });
      cohortId = created.cohort.id;
      await leader
        .put(`/api/cohorts/${cohortId}/days/1/attendance`, {
          marks: created.cohort.enrolments.map((e) => ({ traineeId: e.traineeId, status: ABSENT.has(e.name) ? 'absent_unexcused' : 'present' })),
        })
        .expect(200);
    });

    it('answers the first 100 rows by name with the total, and pages up to and past the end', async () => {
      const all = await page('');
      expect(all).toMatchObject({ cohortId, total: 7, offset: 0, limit: 100 });
      expect(names(all)).toEqual(NAMES);

      expect(names(await page('?limit=3'))).toEqual(NAMES.slice(0, 3));
      expect(names(await page('?offset=3&limit=3'))).toEqual(NAMES.slice(3, 6));
      const last = await page('?offset=6&limit=3');
      expect(last).toMatchObject({ total: 7, offset: 6, limit: 3 });
      expect(names(last)).toEqual(['Greta Gran']);
      const beyond = await page('?offset=7&limit=3');
      expect(beyond).toMatchObject({ total: 7, rows: [] });
      // The columns come with every page, also an empty one, so the filter list stays usable.
      expect(beyond.requirements.map((r) => r.id)).toEqual(all.requirements.map((r) => r.id));
      expect((await page('?limit=1')).rows).toHaveLength(1);
      expect((await page('?limit=500')).rows).toHaveLength(7);
    });

    it('names each distinct reason once and keeps one state letter and reason per column', async () => {
      const all = await page('');
      const keys = all.reasons.map((r) => `${r.sv}|${r.en}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const row of all.rows) {
        expect(row.states).toHaveLength(all.requirements.length);
        expect(row.states).toMatch(/^[mpfbou]+$/);
        expect(row.reasons.every((index) => all.reasons[index] !== undefined)).toBe(true);
        expect(row.summary.met).toBe([...row.states].filter((s) => s === 'm').length);
      }
      const bo = all.rows.find((r) => r.name === 'Bo Berg') as CohortProgressPageDto['rows'][number];
      // A pending day says why it waits: missed (a make-up to book) or held but not recorded.
      expect(cellOf(all, bo.traineeId, 'attendance:day-1')).toEqual({ state: 'b', reason: expect.objectContaining({ sv: expect.stringMatching(/^Dag 1 saknas/) }) });
      const alva = all.rows.find((r) => r.name === 'Alva Ahl') as CohortProgressPageDto['rows'][number];
      expect(cellOf(all, alva.traineeId, 'attendance:day-1')).toEqual({ state: 'm', reason: { sv: 'Dag 1: närvarande', en: 'Day 1: present' } });
      expect(cellOf(all, alva.traineeId, 'attendance:day-2')).toEqual({ state: 'o', reason: { sv: 'Dag 2: närvaro inte registrerad', en: 'Day 2: attendance not recorded' } });
    });

    it('filters the whole cohort and pages over the rows that match', async () => {
      const missing = await page('?requirement=attendance:day-1&limit=2');
      expect(missing).toMatchObject({ total: 3, offset: 0, limit: 2 });
      expect(names(missing)).toEqual(['Bo Berg', 'David Dahl']);
      expect(names(await page('?requirement=attendance:day-1&limit=2&offset=2'))).toEqual(['Filip Fors']);
      expect(await page('?requirement=attendance:day-1&offset=3')).toMatchObject({ total: 3, rows: [] });

      const blocked = await page('?show=blocked&offset=5&limit=5');
      expect(blocked.total).toBe(7);
      expect(names(blocked)).toEqual(['Filip Fors', 'Greta Gran']);
      expect(await page('?show=certifiable')).toMatchObject({ total: 0, rows: [] });
      expect(await page('?show=all&limit=2')).toMatchObject({ total: 7 });
      expect((await page('?requirement=no-such-requirement')).total).toBe(0);
    });

    it.each([
      ['?limit=0', 'limit', 'min', 'limit must be at least 1'],
      ['?limit=501', 'limit', 'max', 'limit must be at most 500'],
      ['?limit=2.5', 'limit', 'isInt', 'limit must be a whole number'],
      ['?offset=-1', 'offset', 'min', 'offset must be 0 or more'],
      ['?offset=ten', 'offset', 'isInt', 'offset must be a whole number'],
      ['?show=everyone', 'show', 'isIn', 'show must be one of: all, blocked, certifiable'],
      ['?page=2', 'page', 'unknownField', 'page is not an accepted field'],
    ])('refuses %s with 400 naming the field', async (query, field, rule, message) => {
      const response = await leader.get(`/api/cohorts/${cohortId}/progress${query}`).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, errors: expect.arrayContaining([expect.objectContaining({ field, rule, message })]) });
    });

    it('exports every row as CSV, more than one page, and refuses paging there', async () => {
      const { cohort } = await createCohort(leader, { name: 'Kull Umeå', days: weeklyDays('2026-01-12') });
      // Enrolling through the API hashes a password per trainee; 120 rows straight into the tables are enough here.
      await t.dataSource.query(
        `WITH added AS (
           INSERT INTO users (email, name, role, password_hash, organisation_id)
           SELECT 'umea' || n || '.' || $2 || '@example.org', 'Umeå ' || lpad(n::text, 3, '0'), 'trainee', 'x', (SELECT organisation_id FROM cohorts WHERE id = $1)
             FROM generate_series(1, 120) n
           RETURNING id)
         INSERT INTO enrolments (cohort_id, trainee_id) SELECT $1, id FROM added`,
        [cohort.id, Math.random().toString(36).slice(2, 8)],
      );
      const first = (await leader.get(`/api/cohorts/${cohort.id}/progress`).expect(200)).body as CohortProgressPageDto;
      expect(first).toMatchObject({ total: 120, offset: 0, limit: 100 });
      expect(first.rows).toHaveLength(100);
      expect(first.rows[0]?.name).toBe('Umeå 001');
      const rest = (await leader.get(`/api/cohorts/${cohort.id}/progress?offset=100`).expect(200)).body as CohortProgressPageDto;
      expect(rest.rows.map((r) => r.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Umeå ${String(101 + i).padStart(3, '0')}`));

      const csv = await leader.get(`/api/cohorts/${cohort.id}/progress.csv?lang=en`).expect(200);
      const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines).toHaveLength(1 + 120);
      expect(lines.at(-1)).toMatch(/^"Umeå 120";"No";/);
      const blocked = await leader.get(`/api/cohorts/${cohort.id}/progress.csv?lang=en&show=blocked`).expect(200);
      expect(blocked.text.trim().split('\r\n')).toHaveLength(1 + 120);
      const refused = await leader.get(`/api/cohorts/${cohort.id}/progress.csv?limit=10`).expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/json/);
      expect(refused.headers['content-disposition']).toBeUndefined();
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'limit', rule: 'unknownField' })]);

      // Reading a page of a 120-trainee cohort takes as many queries as one of seven.
      const queries = async (id: string, query = '') =>
        Number(/db;desc="(\d+) queries"/.exec((await leader.get(`/api/cohorts/${id}/progress${query}`).expect(200)).headers['server-timing'] as string)?.[1]);
      expect(await queries(cohort.id)).toBe(await queries(cohortId));
      expect(await queries(cohort.id, '?show=blocked')).toBe(await queries(cohortId, '?show=blocked'));
    });
  });

  it('shows a trainee only their own training, and staff only their cohorts', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Jörgen S'] });
    const other = await t.as('course_leader');
    await other.get(`/api/cohorts/${cohort.id}/progress`).expect(404);
    await other.get(`/api/cohorts/${cohort.id}/trainees/${cohort.enrolments[0]?.traineeId}/progress`).expect(404);
    await leader.get('/api/me/training').expect(403);
    const stranger = await t.as('trainee');
    expect((await stranger.get('/api/me/training').expect(200)).body.enrolments).toEqual([]);
    await stranger.get(`/api/cohorts/${cohort.id}/progress`).expect(403);
  });

  it('exports names that look like formulas or separators as inert text in one cell', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Anna;=1+1;@SUM(9)', ' =HYPERLINK("http://x")'] });
    const csv = await leader.get(`/api/cohorts/${cohort.id}/progress.csv?lang=sv`).expect(200);
    expect(csv.text.startsWith('\uFEFF"Namn";"Kan certifieras";')).toBe(true);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    // Quoted whole, the semicolons cannot split the first name into cells; the second is prefixed so it stays text.
    expect(lines).toContainEqual(expect.stringMatching(/^"Anna;=1\+1;@SUM\(9\)";"Nej";/));
    expect(lines).toContainEqual(expect.stringMatching(/^"' ?=HYPERLINK\(""http:\/\/x""\)";"Nej";/));
  });
});
