import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { stockholmToday } from '../../common/stockholm-time';
import {
  AccountRole,
  MemberSession,
  NewSupervisionSession,
  SupervisionGroup,
  SupervisionPerson,
  SupervisionRepository,
  SupervisionSession,
  SupervisionSummary,
} from '../supervision.repository';

interface GroupRow {
  id: string;
  name: string;
  supervisors: SupervisionPerson[];
  members: SupervisionPerson[];
}

const GROUP_SELECT = `SELECT g.id, g.name,
    COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id) FROM supervision_group_supervisors s JOIN users u ON u.id = s.user_id WHERE s.group_id = g.id), '[]') AS supervisors,
    COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id) FROM supervision_group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = g.id), '[]') AS members
  FROM supervision_groups g`;

const SESSION_SELECT = `SELECT s.id, s.group_id AS "groupId", to_char(s.session_date, 'YYYY-MM-DD') AS date, s.start_time AS "startTime", s.minutes, s.place,
    json_build_object('id', u.id, 'name', u.name) AS supervisor,
    COALESCE((SELECT json_agg(json_build_object('traineeId', a.trainee_id, 'name', t.name, 'present', a.present) ORDER BY t.name, t.id) FROM supervision_attendance a JOIN users t ON t.id = a.trainee_id WHERE a.session_id = s.id), '[]') AS attendance
  FROM supervision_sessions s JOIN users u ON u.id = s.supervisor_id`;

@Injectable()
export class TypeormSupervisionRepository extends SupervisionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async rolesOf(userIds: string[]): Promise<AccountRole[]> {
    if (userIds.length === 0) return [];
    return this.db.query(`SELECT id, role, organisation_id AS "organisationId" FROM users WHERE id = ANY($1::uuid[]) AND erased_at IS NULL`, [userIds]);
  }

  async createGroup(group: { name: string; organisationId: string; supervisorIds: string[]; memberIds: string[] }, manager: EntityManager = this.db.manager): Promise<string> {
    const [row] = await manager.query(`INSERT INTO supervision_groups (name, organisation_id) VALUES ($1, $2) RETURNING id`, [group.name, group.organisationId]);
    const id = row.id as string;
    await manager.query(`INSERT INTO supervision_group_supervisors (group_id, user_id) SELECT $1, unnest($2::uuid[])`, [id, group.supervisorIds]);
    if (group.memberIds.length > 0) await manager.query(`INSERT INTO supervision_group_members (group_id, user_id) SELECT $1, unnest($2::uuid[])`, [id, group.memberIds]);
    return id;
  }

  async group(id: string): Promise<SupervisionGroup | null> {
    const [row] = (await this.db.query(`${GROUP_SELECT} WHERE g.id = $1`, [id])) as GroupRow[];
    return row ?? null;
  }

  groups(filter: { organisationId: string } | { supervisorId: string }): Promise<SupervisionGroup[]> {
    return 'organisationId' in filter
      ? this.db.query(`${GROUP_SELECT} WHERE g.organisation_id = $1 ORDER BY g.name, g.id`, [filter.organisationId])
      : this.db.query(`${GROUP_SELECT} WHERE EXISTS (SELECT 1 FROM supervision_group_supervisors s WHERE s.group_id = g.id AND s.user_id = $1) ORDER BY g.name, g.id`, [filter.supervisorId]);
  }

  async organisationOf(groupId: string): Promise<string | null> {
    const [row] = (await this.db.query(`SELECT organisation_id FROM supervision_groups WHERE id = $1`, [groupId])) as { organisation_id: string }[];
    return row?.organisation_id ?? null;
  }

  async isSupervisor(groupId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM supervision_group_supervisors WHERE group_id = $1 AND user_id = $2`, [groupId, userId]);
    return rows.length > 0;
  }

  async createSession(session: NewSupervisionSession, manager: EntityManager = this.db.manager): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO supervision_sessions (group_id, supervisor_id, session_date, start_time, minutes, place) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [session.groupId, session.supervisorId, session.date, session.startTime, session.minutes, session.place],
    );
    const id = row.id as string;
    if (session.attendance.length > 0) {
      await manager.query(`INSERT INTO supervision_attendance (session_id, trainee_id, present) SELECT $1, t, p FROM unnest($2::uuid[], $3::boolean[]) AS x(t, p)`, [
        id,
        session.attendance.map((a) => a.traineeId),
        session.attendance.map((a) => a.present),
      ]);
    }
    return id;
  }

  sessionsOf(groupId: string): Promise<SupervisionSession[]> {
    return this.db.query(`${SESSION_SELECT} WHERE s.group_id = $1 ORDER BY s.session_date DESC, s.start_time DESC, s.id`, [groupId]);
  }

  async session(id: string): Promise<SupervisionSession | null> {
    const [row] = (await this.db.query(`${SESSION_SELECT} WHERE s.id = $1`, [id])) as SupervisionSession[];
    return row ?? null;
  }

  memberSessions(traineeId: string): Promise<MemberSession[]> {
    return this.db.query(
      `SELECT s.id, g.name AS "groupName", to_char(s.session_date, 'YYYY-MM-DD') AS date, s.start_time AS "startTime", s.minutes, s.place,
              u.name AS "supervisorName", a.present, a.reflection
         FROM supervision_attendance a
         JOIN supervision_sessions s ON s.id = a.session_id
         JOIN supervision_groups g ON g.id = s.group_id
         JOIN users u ON u.id = s.supervisor_id
        WHERE a.trainee_id = $1
        ORDER BY s.session_date DESC, s.start_time DESC, s.id`,
      [traineeId],
    );
  }

  async reflect(sessionId: string, traineeId: string, text: string): Promise<boolean> {
    const [row] = await this.db.query(
      `WITH changed AS (UPDATE supervision_attendance SET reflection = $3, reflected_at = now() WHERE session_id = $1 AND trainee_id = $2 AND present RETURNING 1)
       SELECT count(*)::int AS affected FROM changed`,
      [sessionId, traineeId, text],
    );
    const affected = row.affected as number;
    return affected === 1;
  }

  async hoursOf(traineeIds: string[], from: Date, to: Date): Promise<Map<string, number>> {
    const hours = new Map<string, number>(traineeIds.map((id) => [id, 0]));
    if (traineeIds.length === 0) return hours;
    const rows: { traineeId: string; minutes: string }[] = await this.db.query(
      `SELECT a.trainee_id AS "traineeId", SUM(s.minutes) AS minutes
         FROM supervision_attendance a JOIN supervision_sessions s ON s.id = a.session_id
        WHERE a.present AND a.trainee_id = ANY($1::uuid[]) AND s.session_date BETWEEN $2::date AND $3::date
        GROUP BY a.trainee_id`,
      [traineeIds, stockholmToday(from), stockholmToday(to)],
    );
    for (const row of rows) hours.set(row.traineeId, Number(row.minutes) / 60);
    return hours;
  }

  async summaryOf(traineeId: string): Promise<SupervisionSummary> {
    const rows: { year: number; minutes: string; sessions: number }[] = await this.db.query(
      `SELECT extract(year FROM s.session_date)::int AS year, SUM(s.minutes) AS minutes, count(*)::int AS sessions
         FROM supervision_attendance a JOIN supervision_sessions s ON s.id = a.session_id
        WHERE a.present AND a.trainee_id = $1
        GROUP BY 1 ORDER BY 1`,
      [traineeId],
    );
    const years = rows.map((row) => ({ year: row.year, hours: Number(row.minutes) / 60, sessions: row.sessions }));
    return { hours: years.reduce((sum, y) => sum + y.hours, 0), sessions: years.reduce((sum, y) => sum + y.sessions, 0), years };
  }
}
