import { NOT_FOUND_MESSAGE } from '../cohorts/reach';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { SupervisionRepository } from './supervision.repository';

describe('group supervision after placement', () => {
  let t: TestApp;
  let admin: Client;
  let supervisor: Client;
  let otherLeader: Client;
  let member: Client;
  let absentee: Client;
  let outsider: Client;
  let groupId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    supervisor = await t.as('course_leader');
    otherLeader = await t.as('course_leader');
    member = await t.as('trainee');
    absentee = await t.as('trainee');
    outsider = await t.as('trainee');
  });
  afterAll(() => t.close());

  async function auditPeople(action: string, actorId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await t.dataSource.query(
      `SELECT p.person_id FROM audit_events e JOIN audit_event_people p ON p.event_id = e.id WHERE e.action = $1 AND e.actor_id = $2 ORDER BY p.person_id`,
      [action, actorId],
    );
    return rows.map((r) => r.person_id);
  }

  it('lets an administrator create a group of a course leader and trainees, and no one else', async () => {
    const body = { name: 'Handledning Göteborg', supervisorIds: [supervisor.user.id], memberIds: [member.user.id, absentee.user.id] };
    await supervisor.post('/api/supervision/groups', body).expect(403);
    await member.post('/api/supervision/groups', body).expect(403);
    const created = await admin.post('/api/supervision/groups', body).expect(201);
    groupId = created.body.id;
    expect(created.body).toMatchObject({ name: 'Handledning Göteborg', supervisors: [{ id: supervisor.user.id, name: supervisor.user.name }] });
    expect(created.body.members.map((m: { id: string }) => m.id).sort()).toEqual([member.user.id, absentee.user.id].sort());
    expect(await auditPeople('supervision_group.create', admin.user.id)).toEqual([member.user.id, absentee.user.id].sort());
  });

  it('refuses a supervisor who is not a course leader and a member who is not a trainee, naming field and rule', async () => {
    const wrong = await admin.post('/api/supervision/groups', { name: 'Fel', supervisorIds: [member.user.id], memberIds: [otherLeader.user.id] }).expect(400);
    expect(wrong.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'supervisorIds', rule: 'courseLeader' }), expect.objectContaining({ field: 'memberIds', rule: 'trainee' })]),
    );
    const none = await admin.post('/api/supervision/groups', { name: 'Tom', supervisorIds: [], memberIds: [] }).expect(400);
    expect(JSON.stringify(none.body)).toContain('supervisorIds');
  });

  it('lets the supervisor record a session with attendance, and audits her reading of the members', async () => {
    const session = await supervisor
      .post(`/api/supervision/groups/${groupId}/sessions`, {
        date: '2026-03-10',
        startTime: '17:30',
        minutes: 90,
        place: 'Föreningslokalen',
        attendance: [
          { traineeId: member.user.id, present: true },
          { traineeId: absentee.user.id, present: false },
        ],
      })
      .expect(201);
    expect(session.body).toMatchObject({ date: '2026-03-10', startTime: '17:30', minutes: 90, place: 'Föreningslokalen', supervisor: { id: supervisor.user.id } });
    expect(session.body.attendance).toEqual(
      expect.arrayContaining([
        { traineeId: member.user.id, name: member.user.name, present: true },
        { traineeId: absentee.user.id, name: absentee.user.name, present: false },
      ]),
    );
    await supervisor
      .post(`/api/supervision/groups/${groupId}/sessions`, { date: '2025-11-04', startTime: '18:00', minutes: 120, attendance: [{ traineeId: member.user.id, present: true }] })
      .expect(201);

    const mine = await supervisor.get('/api/supervision/groups').expect(200);
    expect(mine.body.groups.map((g: { id: string }) => g.id)).toEqual([groupId]);
    const detail = await supervisor.get(`/api/supervision/groups/${groupId}`).expect(200);
    expect(detail.body.sessions.map((s: { date: string }) => s.date)).toEqual(['2026-03-10', '2025-11-04']);
    expect(await auditPeople('supervision_group.view', supervisor.user.id)).toEqual([member.user.id, absentee.user.id].sort());
    await admin.get(`/api/supervision/groups/${groupId}`).expect(200);
  });

  it('refuses attendance for someone outside the group and bad times, naming field and rule', async () => {
    const stranger = await supervisor
      .post(`/api/supervision/groups/${groupId}/sessions`, { date: '2026-03-17', startTime: '17:30', minutes: 90, attendance: [{ traineeId: outsider.user.id, present: true }] })
      .expect(400);
    expect(stranger.body.errors[0]).toMatchObject({ field: 'attendance.0.traineeId', rule: 'member' });
    const badDate = await supervisor.post(`/api/supervision/groups/${groupId}/sessions`, { date: '2026-02-30', startTime: '17:30', minutes: 90, attendance: [] }).expect(400);
    expect(badDate.body.errors[0]).toMatchObject({ field: 'date', rule: 'calendarDate' });
    const badLength = await supervisor.post(`/api/supervision/groups/${groupId}/sessions`, { date: '2026-03-17', startTime: '25:00', minutes: 5, attendance: [] }).expect(400);
    expect(JSON.stringify(badLength.body)).toContain('startTime');
    expect(JSON.stringify(badLength.body)).toContain('minutes');
  });

  it('keeps other leaders and trainees out: 404 like a group that does not exist, 403 for the wrong role', async () => {
    const missing = await otherLeader.get('/api/supervision/groups/00000000-0000-4000-8000-000000000000').expect(404);
    const foreign = await otherLeader.get(`/api/supervision/groups/${groupId}`).expect(404);
    expect(foreign.body).toEqual(missing.body);
    expect(foreign.body.message).toBe(NOT_FOUND_MESSAGE);
    const record = await otherLeader.post(`/api/supervision/groups/${groupId}/sessions`, { date: '2026-03-17', startTime: '17:30', minutes: 60, attendance: [] }).expect(404);
    expect(record.body).toEqual(missing.body);
    expect((await otherLeader.get('/api/supervision/groups').expect(200)).body.groups).toEqual([]);
    await member.get(`/api/supervision/groups/${groupId}`).expect(403);
    await member.post(`/api/supervision/groups/${groupId}/sessions`, { date: '2026-03-17', startTime: '17:30', minutes: 60, attendance: [] }).expect(403);
    await admin.post(`/api/supervision/groups/${groupId}/sessions`, { date: '2026-03-17', startTime: '17:30', minutes: 60, attendance: [] }).expect(403);
    await supervisor.get('/api/me/supervision').expect(403);
  });

  it('shows the member her sessions and attended hours, and takes her reflection only on sessions she attended', async () => {
    const mine = await member.get('/api/me/supervision').expect(200);
    expect(mine.body.totalHours).toBe(3.5);
    expect(mine.body.hoursPerYear).toEqual([
      { year: 2026, hours: 1.5 },
      { year: 2025, hours: 2 },
    ]);
    expect(mine.body.sessions).toHaveLength(2);
    expect(mine.body.sessions[0]).toMatchObject({ groupName: 'Handledning Göteborg', supervisorName: supervisor.user.name, present: true, reflection: null });

    const sessionId = mine.body.sessions[0].id;
    const reflected = await member.put(`/api/me/supervision/sessions/${sessionId}/reflection`, { text: 'Jag tar med mig hur viktigt det är att lyssna på mig själv.' }).expect(200);
    expect(reflected.body.sessions[0].reflection).toBe('Jag tar med mig hur viktigt det är att lyssna på mig själv.');
    const empty = await member.put(`/api/me/supervision/sessions/${sessionId}/reflection`, { text: '' }).expect(400);
    expect(JSON.stringify(empty.body)).toContain('text');

    const absent = await absentee.get('/api/me/supervision').expect(200);
    expect(absent.body).toMatchObject({ totalHours: 0, hoursPerYear: [] });
    expect(absent.body.sessions[0]).toMatchObject({ present: false });
    const missing = await absentee.put('/api/me/supervision/sessions/00000000-0000-4000-8000-000000000000/reflection', { text: 'Något' }).expect(404);
    const notAttended = await absentee.put(`/api/me/supervision/sessions/${sessionId}/reflection`, { text: 'Något' }).expect(404);
    expect(notAttended.body).toEqual(missing.body);
    const notMine = await outsider.put(`/api/me/supervision/sessions/${sessionId}/reflection`, { text: 'Något' }).expect(404);
    expect(notMine.body).toEqual(missing.body);
    expect((await outsider.get('/api/me/supervision').expect(200)).body).toEqual({ sessions: [], totalHours: 0, hoursPerYear: [] });
    await supervisor.put(`/api/me/supervision/sessions/${sessionId}/reflection`, { text: 'Något' }).expect(403);
  });

  it('sums attended hours per trainee in a date range for renewal rules', async () => {
    const repository = t.app.get(SupervisionRepository);
    const ids = [member.user.id, absentee.user.id, outsider.user.id];
    const all = await repository.hoursOf(ids, new Date('2025-01-01T12:00:00Z'), new Date('2026-12-31T12:00:00Z'));
    expect(Object.fromEntries(all)).toEqual({ [member.user.id]: 3.5, [absentee.user.id]: 0, [outsider.user.id]: 0 });
    const only2026 = await repository.hoursOf(ids, new Date('2026-01-01T12:00:00Z'), new Date('2026-03-10T12:00:00Z'));
    expect(only2026.get(member.user.id)).toBe(1.5);
    const before = await repository.hoursOf([member.user.id], new Date('2026-03-11T12:00:00Z'), new Date('2026-12-31T12:00:00Z'));
    expect(before.get(member.user.id)).toBe(0);
    expect((await repository.hoursOf([], new Date(), new Date())).size).toBe(0);
  });
});
