import type { CohortDto } from '@peer/contract';
import { createCohort, EnrolledTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import type { Client, TestApp } from '../../../test/test-app';

export interface TraineeWithData {
  cohort: CohortDto;
  enrolment: EnrolledTrainee;
  trainee: Client;
  certificateCode: string;
}

/**
 * A trainee with data in every feature, put there through the API as people would: the whole
 * base course, an absence notice, a role-play reflection, a certificate, a make-up request, a
 * supervision session with her reflection, a share link and a calendar feed. Free texts carry `marker` so tests can find them.
 */
export async function traineeWithData(t: TestApp, leader: Client, name: string, marker: string): Promise<TraineeWithData> {
  const { cohort, enrolments } = await createCohort(leader, { trainees: [name], days: weeklyDays('2026-01-12') });
  const enrolment = enrolments[0]!;
  const trainee = await completeBaseCourse(t, leader, cohort, enrolment);
  const traineeId = enrolment.enrolment.traineeId;
  await leader.put(`/api/cohorts/${cohort.id}/days/1/attendance`, { marks: [{ traineeId, status: 'late', comment: `Anteckning ${marker}` }] }).expect(200);
  // The last day moves to next year, so there is a day ahead to report an absence for.
  await leader.put(`/api/cohorts/${cohort.id}/days/12`, { date: '2027-11-30', startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' }).expect(200);
  await trainee.post(`/api/me/course-days/${cohort.days[11]!.id}/absence`, { reason: `Sjuk ${marker}` }).expect(204);
  const attempts = (await trainee.get('/api/me/role-plays').expect(200)).body.attempts as { id: string }[];
  await trainee.post(`/api/role-play-attempts/${attempts[0]!.id}/reflections`, { text: `Reflektion ${marker}` }).expect(201);
  const certificate = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, { language: 'sv' }).expect(201)).body as { id: string };
  // Day 2 turns out missed after all; she asks to make it up in another cohort.
  await leader.put(`/api/cohorts/${cohort.id}/days/2/attendance`, { marks: [{ traineeId, status: 'absent_excused' }] }).expect(200);
  await trainee.post(`/api/me/enrolments/${enrolment.enrolment.id}/make-up-requests`, { dayNumber: 2, note: `Önskan ${marker}` }).expect(201);
  // After placement: a supervision session she attended, with her reflection.
  const admin = await t.as('admin');
  const group = await admin.post('/api/supervision/groups', { name: "Handledning", supervisorIds: [leader.user.id], memberIds: [traineeId] }).expect(201);
  const session = await leader
    .post(`/api/supervision/groups/${group.body.id}/sessions`, { date: '2026-05-05', startTime: '18:00', minutes: 90, attendance: [{ traineeId, present: true }] })
    .expect(201);
  await trainee.put(`/api/me/supervision/sessions/${session.body.id}/reflection`, { text: `Handledningsreflektion ${marker}` }).expect(200);
  await trainee.post('/api/me/share-links', { certificateIds: [certificate.id], includeSupervision: true }).expect(201);
  await trainee.post('/api/calendar-feeds', {}).expect(201);
  const [{ code }] = (await t.dataSource.query(`SELECT code FROM certificates WHERE trainee_id = $1`, [traineeId])) as { code: string }[];
  return { cohort, enrolment, trainee, certificateCode: code };
}

/** Every text or JSON column of every table (ours and the job queue's) where `needle` occurs, case-insensitively. */
export async function whereTextOccurs(t: TestApp, needle: string): Promise<string[]> {
  const columns = (await t.dataSource.query(
    `SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema')
        AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`,
  )) as { table_schema: string; table_name: string; column_name: string }[];
  const found: string[] = [];
  for (const { table_schema, table_name, column_name } of columns) {
    const [{ count }] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM "${table_schema}"."${table_name}" WHERE strpos(lower("${column_name}"::text), lower($1)) > 0`,
      [needle],
    )) as { count: number }[];
    if (count > 0) found.push(`${table_schema}.${table_name}.${column_name}`);
  }
  return found;
}
