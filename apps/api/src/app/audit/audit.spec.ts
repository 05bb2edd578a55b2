import type { AuditEventDto, AuditEventPageDto, DataAccessPageDto } from '@peer/contract';
import { createCohort, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

describe('audit trail', () => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    admin = await t.as('admin');
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  /** The people of each of the actor's events with that action, newest first. */
  async function peopleOf(actorId: string, action: string): Promise<string[][]> {
    const rows: { people: string[] }[] = await t.dataSource.query(
      `SELECT COALESCE(array_agg(p.person_id::text ORDER BY p.person_id) FILTER (WHERE p.person_id IS NOT NULL), '{}') AS people
         FROM audit_events e LEFT JOIN audit_event_people p ON p.event_id = e.id
        WHERE e.actor_id = $1 AND e.action = $2 GROUP BY e.id ORDER BY e.id DESC`,
      [actorId, action],
    );
    return rows.map((row) => row.people);
  }

  const sorted = (ids: (string | undefined)[]) => (ids as string[]).slice().sort();

  it('names every trainee of the cohort on roster, dashboard, attendance history and export entries, exports apart from views', async () => {
    const { cohort } = await createCohort(leader, { name: 'Kull Roster', trainees: ['Anna Roster', 'Bertil Roster', 'Cecilia Roster'], days: weeklyDays('2026-02-02', 1) });
    const [a, b, c] = cohort.enrolments.map((e) => e.traineeId);
    const everyone = sorted([a, b, c]);
    const other = await createCohort(leader, { name: 'Kull Annan', trainees: ['Doris Annan'] });
    const outsider = other.cohort.enrolments[0]?.traineeId as string;

    await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    expect((await peopleOf(leader.user.id, 'cohort.roster.view'))[0]).toEqual(everyone);

    await leader.put(`/api/cohorts/${cohort.id}/days/1/attendance`, { marks: [{ traineeId: a, status: 'present' }, { traineeId: b, status: 'late' }] }).expect(200);
    expect((await peopleOf(leader.user.id, 'attendance.change'))[0]).toEqual(sorted([a, b]));

    await leader.get(`/api/cohorts/${cohort.id}/attendance-history`).expect(200);
    expect((await peopleOf(leader.user.id, 'attendance.history.view'))[0]).toEqual(sorted([a, b]));
    await leader.get(`/api/cohorts/${cohort.id}/attendance-history?traineeId=${b}`).expect(200);
    expect((await peopleOf(leader.user.id, 'attendance.history.view'))[0]).toEqual([b]);

    await leader.get(`/api/cohorts/${cohort.id}/progress`).expect(200);
    expect((await peopleOf(leader.user.id, 'progress.cohort.view'))[0]).toEqual(everyone);

    const exportsBefore = (await peopleOf(leader.user.id, 'progress.export.csv')).length;
    const viewsBefore = (await peopleOf(leader.user.id, 'progress.cohort.view')).length;
    await leader.get(`/api/cohorts/${cohort.id}/progress.csv?lang=sv`).expect(200);
    const exports = await peopleOf(leader.user.id, 'progress.export.csv');
    expect(exports).toHaveLength(exportsBefore + 1);
    expect(exports[0]).toEqual(everyone);
    // The export is not also counted as a view.
    expect(await peopleOf(leader.user.id, 'progress.cohort.view')).toHaveLength(viewsBefore);

    await leader.get(`/api/cohorts/${cohort.id}/certificates`).expect(200);
    expect((await peopleOf(leader.user.id, 'certificate.list'))[0]).toEqual(everyone);

    // Another cohort's trainee is named only by her own cohort's events.
    const outsiderEvents = (await admin.get(`/api/audit/events?person=${outsider}`).expect(200)).body as AuditEventPageDto;
    expect(outsiderEvents.events.map((e) => e.subjectId)).not.toContain(cohort.id);
    expect(outsiderEvents.events.map((e) => e.subjectId)).toContain(other.cohort.id);
    // Names are read from the user rows when shown, never copied into the trail.
    const [{ copies }] = await t.dataSource.query(`SELECT count(*)::int AS copies FROM audit_events WHERE details::text LIKE '%Roster%'`);
    expect(copies).toBe(0);
  });

  it('names the trainee on each other staff read and change of her records', async () => {
    const { cohort, enrolments } = await createCohort(leader, { name: 'Kull Poster', trainees: ['Johanna Post', 'Kalle Post'], days: weeklyDays('2026-04-06', 1) });
    const [johanna, kalle] = enrolments as [(typeof enrolments)[number], (typeof enrolments)[number]];
    const both = sorted([johanna.enrolment.traineeId, kalle.enrolment.traineeId]);

    await leader.get(`/api/cohorts/${cohort.id}/days/1/attendance`).expect(200);
    expect((await peopleOf(leader.user.id, 'attendance.view'))[0]).toEqual(both);
    await leader.get(`/api/cohorts/${cohort.id}/enrolments/${johanna.enrolment.id}/role-plays`).expect(200);
    expect((await peopleOf(leader.user.id, 'role_play.view'))[0]).toEqual([johanna.enrolment.traineeId]);
    const attempt = (await leader.post(`/api/cohorts/${cohort.id}/enrolments/${johanna.enrolment.id}/role-plays`, { scenarioId: 'boundary-question' }).expect(201)).body;
    expect((await peopleOf(leader.user.id, 'role_play.start'))[0]).toEqual([johanna.enrolment.traineeId]);
    await leader.put(`/api/role-play-attempts/${attempt.id}`, { criteria: [], overallFeedback: 'Lugn och tydlig.' }).expect(200);
    expect((await peopleOf(leader.user.id, 'role_play.save'))[0]).toEqual([johanna.enrolment.traineeId]);
    await leader.get(`/api/cohorts/${cohort.id}/study-visits`).expect(200);
    expect((await peopleOf(leader.user.id, 'study_visit.view'))[0]).toEqual([]);
    await leader.post(`/api/cohorts/${cohort.id}/enrolments/${kalle.enrolment.id}/withdraw`, { reason: 'Flyttar' }).expect(204);
    expect((await peopleOf(leader.user.id, 'enrolment.withdraw'))[0]).toEqual([kalle.enrolment.traineeId]);

    const users = (await admin.get('/api/users?role=trainee').expect(200)).body.users as { id: string }[];
    const [listed] = await peopleOf(admin.user.id, 'user.list');
    expect(listed).toEqual(sorted(users.map((u) => u.id)));
    expect(listed).toContain(johanna.enrolment.traineeId);
  });

  it('names the trainees a certification job failed for when staff read the job, and nobody for a clean job', async () => {
    const { cohort, enrolments } = await createCohort(leader, { name: 'Kull Jobb', trainees: ['Maria Jobb', 'Nils Jobb'] });
    const [maria, nils] = enrolments as [(typeof enrolments)[number], (typeof enrolments)[number]];
    const [{ id: failing }] = await t.dataSource.query(
      `INSERT INTO certification_jobs (cohort_id, requested_by, status, language, finished_at) VALUES ($1, $2, 'done', 'sv', now()) RETURNING id`,
      [cohort.id, leader.user.id],
    );
    await t.dataSource.query(
      `INSERT INTO certification_job_items (job_id, enrolment_id, trainee_id, status, reason) VALUES ($1, $2, $3, 'failed', 'issue-failed'), ($1, $4, $5, 'skipped', 'requirements-unmet')`,
      [failing, maria.enrolment.id, maria.enrolment.traineeId, nils.enrolment.id, nils.enrolment.traineeId],
    );
    const before = (await peopleOf(leader.user.id, 'certification_job.view')).length;
    await leader.get(`/api/certification-jobs/${failing}`).expect(200);
    await leader.get(`/api/cohorts/${cohort.id}/certification-jobs/latest`).expect(200);
    const views = await peopleOf(leader.user.id, 'certification_job.view');
    expect(views).toHaveLength(before + 2);
    expect(views.slice(0, 2)).toEqual([[maria.enrolment.traineeId], [maria.enrolment.traineeId]]);

    await t.dataSource.query(`UPDATE certification_job_items SET status = 'issued', reason = NULL WHERE job_id = $1`, [failing]);
    await leader.get(`/api/certification-jobs/${failing}`).expect(200);
    expect(await peopleOf(leader.user.id, 'certification_job.view')).toHaveLength(before + 2);
  });

  it('inserts the people of a large roster with the event, in one statement', async () => {
    const { cohort } = await createCohort(leader, { name: 'Kull Stor' });
    await t.dataSource.query(
      `WITH trainees AS (
         INSERT INTO users (email, name, role, password_hash, organisation_id)
         SELECT 'stor.' || i || '.' || $2 || '@example.org', 'Deltagare ' || i, 'trainee', 'x', (SELECT organisation_id FROM cohorts WHERE id = $1)
           FROM generate_series(1, 300) AS i RETURNING id
       )
       INSERT INTO enrolments (cohort_id, trainee_id) SELECT $1, id FROM trainees`,
      [cohort.id, Date.now()],
    );
    const statements: string[] = [];
    const logger = t.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query: string, parameters?: unknown[]) => {
      if (/audit_event/.test(query)) statements.push(query);
      return original(query, parameters);
    };
    try {
      await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    } finally {
      logger.logQuery = original;
    }
    const [people] = await peopleOf(leader.user.id, 'cohort.roster.view');
    expect(people).toHaveLength(300);
    expect(statements).toHaveLength(1);
  });

  it('shows administrators the trail filtered by person, actor, action and date, paged newest first', async () => {
    const { cohort, enrolments } = await createCohort(leader, { name: 'Kull Filter', trainees: ['Filippa Filter', 'Gustav Filter'], days: weeklyDays('2026-03-02', 1) });
    const [filippa, gustav] = enrolments.map((e) => e.enrolment.traineeId) as [string, string];
    const secondLeader = await t.as('course_leader');
    await t.dataSource.query(`INSERT INTO cohort_leaders (cohort_id, leader_id) VALUES ($1, $2)`, [cohort.id, secondLeader.user.id]);
    await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    await secondLeader.get(`/api/cohorts/${cohort.id}/progress`).expect(200);
    await secondLeader.get(`/api/cohorts/${cohort.id}/trainees/${gustav}/progress`).expect(200);

    const byPerson = (await admin.get(`/api/audit/events?person=${filippa}`).expect(200)).body as AuditEventPageDto;
    expect(byPerson.total).toBe(byPerson.events.length);
    expect(byPerson.events.every((e) => e.people.some((p) => p.id === filippa))).toBe(true);
    expect(byPerson.events.map((e) => e.action)).toContain('cohort.roster.view');
    expect(byPerson.events.map((e) => e.action)).not.toContain('progress.view');
    const times = byPerson.events.map((e) => Date.parse(e.at));
    expect(times).toEqual(times.slice().sort((x, y) => y - x));
    expect(byPerson.events[0]).toMatchObject({ action: 'progress.cohort.view', actor: { id: secondLeader.user.id, name: secondLeader.user.name, role: 'course_leader' } });
    const roster = byPerson.events.find((e) => e.action === 'cohort.roster.view' && e.actor?.id === leader.user.id) as AuditEventDto;
    expect(roster).toMatchObject({ actor: { id: leader.user.id, name: leader.user.name, role: 'course_leader' }, subjectType: 'cohort', subjectId: cohort.id, peopleCount: 2 });
    expect(roster.people.map((p) => p.name)).toEqual(['Filippa Filter', 'Gustav Filter']);

    const byActor = (await admin.get(`/api/audit/events?actor=${secondLeader.user.id}`).expect(200)).body as AuditEventPageDto;
    expect(byActor.events.map((e) => e.action)).toEqual(['progress.view', 'progress.cohort.view', 'auth.login']);
    expect(byActor.events[0]?.people).toEqual([{ id: gustav, name: 'Gustav Filter' }]);

    const byAction = (await admin.get(`/api/audit/events?action=progress.view&person=${gustav}`).expect(200)).body as AuditEventPageDto;
    expect(byAction.events.map((e) => [e.action, e.actor?.id])).toEqual([['progress.view', secondLeader.user.id]]);
    const nobody = (await admin.get(`/api/audit/events?action=progress.view&person=${filippa}`).expect(200)).body as AuditEventPageDto;
    expect(nobody).toMatchObject({ events: [], total: 0 });

    const rosters = (await admin.get(`/api/audit/events?person=${filippa}&action=cohort.roster.view`).expect(200)).body as AuditEventPageDto;
    expect(rosters.total).toBeGreaterThanOrEqual(2);
    const paged = (await admin.get(`/api/audit/events?person=${filippa}&action=cohort.roster.view&offset=1&limit=1`).expect(200)).body as AuditEventPageDto;
    expect(paged).toMatchObject({ total: rosters.total, offset: 1, limit: 1 });
    expect(paged.events.map((e) => e.id)).toEqual([rosters.events[1]?.id]);
    const past = (await admin.get(`/api/audit/events?person=${filippa}&action=cohort.roster.view&offset=100`).expect(200)).body as AuditEventPageDto;
    expect(past).toMatchObject({ events: [], total: rosters.total });

    // An event is found by its day in Swedish time: 22:30 UTC on 30 June is 00:30 on 1 July there.
    await t.dataSource.query(`UPDATE audit_events SET at = '2025-06-30T22:30:00Z' WHERE actor_id = $1 AND action = 'progress.view'`, [secondLeader.user.id]);
    const onDay = (await admin.get(`/api/audit/events?actor=${secondLeader.user.id}&from=2025-07-01&to=2025-07-01`).expect(200)).body as AuditEventPageDto;
    expect(onDay.events.map((e) => e.action)).toEqual(['progress.view']);
    const dayBefore = (await admin.get(`/api/audit/events?actor=${secondLeader.user.id}&to=2025-06-30`).expect(200)).body as AuditEventPageDto;
    expect(dayBefore.events).toEqual([]);
    const since = (await admin.get(`/api/audit/events?actor=${secondLeader.user.id}&from=2025-07-02`).expect(200)).body as AuditEventPageDto;
    expect(since.events.map((e) => e.action)).toEqual(['progress.cohort.view', 'auth.login']);

    // Reading the trail about a person is itself on the trail, naming that person.
    expect(await peopleOf(admin.user.id, 'audit.view')).toContainEqual([filippa]);
  });

  it('shows the name the user row holds now, so an erased person appears only by her pseudonym', async () => {
    const { cohort, enrolments } = await createCohort(leader, { name: 'Kull Pseudonym', trainees: ['Lisa Raderas'] });
    const lisa = enrolments[0]?.enrolment.traineeId as string;
    await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    await t.dataSource.query(`UPDATE users SET name = 'Raderad deltagare 1A2B' WHERE id = $1`, [lisa]);
    const page = (await admin.get(`/api/audit/events?person=${lisa}&action=cohort.roster.view`).expect(200)).body as AuditEventPageDto;
    expect(page.events.length).toBeGreaterThan(0);
    for (const event of page.events) expect(event.people).toEqual([{ id: lisa, name: 'Raderad deltagare 1A2B' }]);
    const csv = await admin.get(`/api/audit/events.csv?person=${lisa}`).expect(200);
    expect(csv.text).toContain('Raderad deltagare 1A2B');
    expect(csv.text).not.toContain('Lisa Raderas');
  });

  it('refuses bad filters naming the field and the rule', async () => {
    const cases: [string, string, string][] = [
      ['person=nobody', 'person', 'isUuid'],
      ['actor=1', 'actor', 'isUuid'],
      ['action=DROP%20TABLE', 'action', 'matches'],
      ['from=2026-02-31', 'from', 'isIso8601'],
      ['to=yesterday', 'to', 'matches'],
      ['limit=0', 'limit', 'min'],
      ['limit=1000', 'limit', 'max'],
      ['offset=-1', 'offset', 'min'],
      ['from=2026-03-02&to=2026-03-01', 'to', 'notBeforeFrom'],
    ];
    for (const [query, field, rule] of cases) {
      const response = await admin.get(`/api/audit/events?${query}`).expect(400);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    }
    const csv = await admin.get(`/api/audit/events.csv?lang=fi`).expect(400);
    expect(csv.body.errors).toContainEqual(expect.objectContaining({ field: 'lang', rule: 'isIn' }));
  });

  it('exports the filtered trail as Swedish-Excel CSV and audits the export', async () => {
    const trainee = await t.createUser('trainee', { name: '=HYPERLINK("http://evil.example";"x")' });
    const { cohort } = await createCohort(leader, { name: 'Kull Export' });
    await t.dataSource.query(`INSERT INTO enrolments (cohort_id, trainee_id) VALUES ($1, $2)`, [cohort.id, trainee.id]);
    await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    const exportsBefore = (await peopleOf(admin.user.id, 'audit.export.csv')).length;

    const response = await admin.get(`/api/audit/events.csv?person=${trainee.id}&action=cohort.roster.view`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="audit.csv"');
    const text = response.text;
    expect(text.startsWith('\uFEFF"Tidpunkt";"Utförd av";"Roll";"Händelse";"Gäller";"Id";"Personer"\r\n')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"${leader.user.name}";"course_leader";"cohort.roster.view";"cohort";"${cohort.id}"`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"";""x"")"`);
    expect(lines[1]).toMatch(/^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}";/);

    const english = await admin.get(`/api/audit/events.csv?person=${trainee.id}&lang=en`).expect(200);
    expect(english.text.startsWith('\uFEFF"Time";"Done by";"Role";"Action"')).toBe(true);

    const exports = await peopleOf(admin.user.id, 'audit.export.csv');
    expect(exports).toHaveLength(exportsBefore + 2);
    expect(exports.slice(0, 2)).toEqual([[trainee.id], [trainee.id]]);
    const [details] = await t.dataSource.query(`SELECT details FROM audit_events WHERE actor_id = $1 AND action = 'audit.export.csv' ORDER BY id DESC OFFSET 1 LIMIT 1`, [admin.user.id]);
    expect(details.details).toEqual({ filter: { person: trainee.id, action: 'cohort.roster.view' }, count: 1 });
  });

  it('gives everyone but administrators 403 on the trail and 401 without a session', async () => {
    for (const client of [leader, await t.as('trainee')]) {
      await client.get('/api/audit/events').expect(403);
      await client.get('/api/audit/events.csv').expect(403);
    }
    await t.http().get('/api/audit/events').expect(401);
    await t.http().get('/api/me/data-access').expect(401);
    await admin.get('/api/me/data-access').expect(403);
  });

  it('shows a trainee the staff who read or changed her data, not her own actions nor other trainees’ events', async () => {
    const { cohort, enrolments } = await createCohort(leader, { name: 'Kull Insyn', trainees: ['Hanna Insyn', 'Ivar Insyn'], days: weeklyDays('2099-03-02', 1) });
    const [hannaEnrolment, ivarEnrolment] = enrolments as [(typeof enrolments)[number], (typeof enrolments)[number]];
    const hanna = await signInTrainee(t, hannaEnrolment);
    // Her own change concerns her, but is not a staff action.
    await hanna.post('/api/auth/password', { currentPassword: hannaEnrolment.password, newPassword: 'another long password' }).expect(204);
    expect((await peopleOf(hanna.user.id, 'user.password_change'))[0]).toEqual([hanna.user.id]);

    await leader.get(`/api/cohorts/${cohort.id}`).expect(200);
    await leader.get(`/api/cohorts/${cohort.id}/trainees/${ivarEnrolment.enrolment.traineeId}/progress`).expect(200);
    await admin.get(`/api/cohorts/${cohort.id}/progress.csv`).expect(200);

    const page = (await hanna.get('/api/me/data-access').expect(200)).body as DataAccessPageDto;
    const seen = page.entries.map((e) => [e.action, e.staff.name, e.staff.role]);
    expect(seen[0]).toEqual(['progress.export.csv', admin.user.name, 'admin']);
    expect(seen[1]).toEqual(['cohort.roster.view', leader.user.name, 'course_leader']);
    expect(seen.map(([action]) => action)).not.toContain('progress.view');
    expect(seen.map(([action]) => action)).not.toContain('user.password_change');
    expect(seen.map(([, name]) => name)).not.toContain(hanna.user.name);
    expect(page.total).toBe(page.entries.length);
    expect(Object.keys(page.entries[0] as object).sort()).toEqual(['action', 'at', 'id', 'staff']);

    const second = (await hanna.get('/api/me/data-access?offset=1&limit=1').expect(200)).body as DataAccessPageDto;
    expect(second).toMatchObject({ total: page.total, offset: 1, limit: 1 });
    expect(second.entries.map((e) => e.id)).toEqual([page.entries[1]?.id]);
    const bad = await hanna.get('/api/me/data-access?limit=abc').expect(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'limit' }));

    // Ivar sees the leader's look at his progress; Hanna does not.
    const ivar = await signInTrainee(t, ivarEnrolment);
    const his = (await ivar.get('/api/me/data-access').expect(200)).body as DataAccessPageDto;
    expect(his.entries[1]).toMatchObject({ action: 'progress.view', staff: { name: leader.user.name, role: 'course_leader' } });

    // Her own reads write nothing to the trail.
    const [{ before }] = await t.dataSource.query(`SELECT count(*)::int AS before FROM audit_events WHERE actor_id = $1`, [hanna.user.id]);
    await hanna.get('/api/me/training').expect(200);
    await hanna.get('/api/me/data-access').expect(200);
    const [{ after }] = await t.dataSource.query(`SELECT count(*)::int AS after FROM audit_events WHERE actor_id = $1`, [hanna.user.id]);
    expect(after).toBe(before);
  });
});
