import type { EntityManager } from 'typeorm';
import { stockholmToday } from '../common/stockholm-time';

const WEEK_MS = 7 * 86_400_000;

/**
 * Demo supervision: a group led by `supervisorId` with these members, and 90-minute sessions on
 * Thursdays, by default weekly in the past three weeks; the last member missed the first one.
 */
export async function loadDemoSupervision(
  manager: EntityManager,
  group: { name: string; organisationId: string; supervisorId: string; memberIds: string[]; place: string; sessions?: number; everyWeeks?: number },
): Promise<void> {
  if (group.memberIds.length === 0) return;
  const [row] = await manager.query(`INSERT INTO supervision_groups (name, organisation_id) VALUES ($1, $2) RETURNING id`, [group.name, group.organisationId]);
  const groupId = row.id as string;
  await manager.query(`INSERT INTO supervision_group_supervisors (group_id, user_id) VALUES ($1, $2)`, [groupId, group.supervisorId]);
  await manager.query(`INSERT INTO supervision_group_members (group_id, user_id) SELECT $1, unnest($2::uuid[])`, [groupId, group.memberIds]);
  const today = new Date(`${stockholmToday()}T12:00:00Z`);
  const thursday = today.getTime() - ((today.getUTCDay() + 7 - 4) % 7) * 86_400_000;
  const count = group.sessions ?? 3;
  const every = group.everyWeeks ?? 1;
  for (const weeksBack of Array.from({ length: count }, (_, i) => (count - i) * every)) {
    const date = new Date(thursday - weeksBack * WEEK_MS).toISOString().slice(0, 10);
    const [session] = await manager.query(
      `INSERT INTO supervision_sessions (group_id, supervisor_id, session_date, start_time, minutes, place) VALUES ($1, $2, $3, '17:30', 90, $4) RETURNING id`,
      [groupId, group.supervisorId, date, group.place],
    );
    const absent = weeksBack === count * every && group.memberIds.length > 1 ? group.memberIds.at(-1) : undefined;
    await manager.query(`INSERT INTO supervision_attendance (session_id, trainee_id, present) SELECT $1, m, m IS DISTINCT FROM $3::uuid FROM unnest($2::uuid[]) AS m`, [
      session.id,
      group.memberIds,
      absent ?? null,
    ]);
  }
}
