import { ForbiddenException, Injectable } from '@nestjs/common';
import type { MySupervisionResponse, SupervisionGroupDetailResponse, SupervisionGroupDto, SupervisionSessionDto } from '@peer/contract';
import type { CreateSupervisionGroupRequest, RecordSupervisionSessionRequest } from '@peer/contract/validation';
import { AuditService } from '../audit/audit.service';
import { organisationOf, type Principal } from '../auth/principal';
import { OutOfReach } from '../cohorts/reach';
import { RequestValidationError } from '../common/validation';
import { SupervisionGroup, SupervisionRepository } from './supervision.repository';

/**
 * Group supervision after placement. Supervisors are course leaders named on a group: they reach
 * only their groups and those members' supervision records; an administrator reaches her organisation's groups.
 * Members are trainee accounts and see only their own sessions. Outside reach is 404, as in cohorts.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly supervision: SupervisionRepository,
    private readonly audit: AuditService,
  ) {}

  async createGroup(actor: Principal, request: CreateSupervisionGroupRequest): Promise<SupervisionGroupDto> {
    const supervisorIds = [...new Set(request.supervisorIds)];
    const memberIds = [...new Set(request.memberIds)];
    const organisationId = organisationOf(actor);
    // People of another organisation are refused like ids nobody has.
    const roles = new Map((await this.supervision.rolesOf([...supervisorIds, ...memberIds])).filter((a) => a.organisationId === organisationId).map((a) => [a.id, a.role]));
    const errors = [
      ...supervisorIds.filter((id) => roles.get(id) !== 'course_leader').map((id) => ({ field: 'supervisorIds', rule: 'courseLeader', message: `${id} is not a course leader` })),
      ...memberIds.filter((id) => roles.get(id) !== 'trainee').map((id) => ({ field: 'memberIds', rule: 'trainee', message: `${id} is not a trainee` })),
    ];
    if (errors.length > 0) throw new RequestValidationError(errors);
    const id = await this.supervision.transaction(async (manager) => {
      const id = await this.supervision.createGroup({ name: request.name.trim(), organisationId, supervisorIds, memberIds }, manager);
      await this.audit.record({ actorId: actor.user.id, action: 'supervision_group.create', subjectType: 'supervision_group', subjectId: id, people: memberIds }, manager);
      return id;
    });
    return this.mustReach(actor, id);
  }

  /** Groups only: names of supervisors and members, not their records. */
  groups(actor: Principal): Promise<SupervisionGroup[]> {
    return this.supervision.groups(actor.user.role === 'admin' ? { organisationId: organisationOf(actor) } : { supervisorId: actor.user.id });
  }

  async detail(actor: Principal, groupId: string): Promise<SupervisionGroupDetailResponse> {
    const group = await this.mustReach(actor, groupId);
    const sessions = await this.supervision.sessionsOf(groupId);
    await this.audit.record({ actorId: actor.user.id, action: 'supervision_group.view', subjectType: 'supervision_group', subjectId: groupId, people: group.members.map((m) => m.id) });
    return { group, sessions };
  }

  /** Only a supervisor of the group records its sessions; she is the session's supervisor. */
  async recordSession(actor: Principal, groupId: string, request: RecordSupervisionSessionRequest): Promise<SupervisionSessionDto> {
    const group = await this.mustReach(actor, groupId);
    const members = new Set(group.members.map((m) => m.id));
    const seen = new Set<string>();
    const errors = request.attendance.flatMap((mark, i) => {
      if (!members.has(mark.traineeId)) return [{ field: `attendance.${i}.traineeId`, rule: 'member', message: `${mark.traineeId} is not a member of this group` }];
      if (seen.has(mark.traineeId)) return [{ field: `attendance.${i}.traineeId`, rule: 'unique', message: `${mark.traineeId} is marked twice` }];
      seen.add(mark.traineeId);
      return [];
    });
    if (errors.length > 0) throw new RequestValidationError(errors);
    if (Number.isNaN(Date.parse(`${request.date}T12:00:00Z`)) || new Date(`${request.date}T12:00:00Z`).toISOString().slice(0, 10) !== request.date) {
      throw new RequestValidationError([{ field: 'date', rule: 'calendarDate', message: 'date must be a real calendar date' }]);
    }
    const id = await this.supervision.transaction(async (manager) => {
      const id = await this.supervision.createSession(
        {
          groupId,
          supervisorId: actor.user.id,
          date: request.date,
          startTime: request.startTime,
          minutes: request.minutes,
          place: request.place?.trim() || null,
          attendance: request.attendance.map((m) => ({ traineeId: m.traineeId, present: m.present })),
        },
        manager,
      );
      await this.audit.record(
        { actorId: actor.user.id, action: 'supervision_session.record', subjectType: 'supervision_group', subjectId: groupId, details: { sessionId: id }, people: request.attendance.map((m) => m.traineeId) },
        manager,
      );
      return id;
    });
    const session = await this.supervision.session(id);
    if (!session) throw new OutOfReach();
    return session;
  }

  async mine(actor: Principal): Promise<MySupervisionResponse> {
    const sessions = await this.supervision.memberSessions(actor.user.id);
    const perYear = new Map<number, number>();
    for (const s of sessions.filter((s) => s.present)) perYear.set(Number(s.date.slice(0, 4)), (perYear.get(Number(s.date.slice(0, 4))) ?? 0) + s.minutes);
    const total = sessions.filter((s) => s.present).reduce((sum, s) => sum + s.minutes, 0);
    return {
      sessions,
      totalHours: total / 60,
      hoursPerYear: [...perYear.entries()].sort(([a], [b]) => b - a).map(([year, minutes]) => ({ year, hours: minutes / 60 })),
    };
  }

  /** Her reflection on a session she attended; any other session looks like none. */
  async reflect(actor: Principal, sessionId: string, text: string): Promise<MySupervisionResponse> {
    if (!(await this.supervision.reflect(sessionId, actor.user.id, text.trim()))) throw new OutOfReach();
    return this.mine(actor);
  }

  /** The group when the caller reaches it: an administrator her organisation's, a course leader those she supervises. */
  private async mustReach(actor: Principal, groupId: string): Promise<SupervisionGroup> {
    if (actor.user.role !== 'admin' && actor.user.role !== 'course_leader') throw new ForbiddenException('Only supervisors and administrators may do this');
    const reached =
      actor.user.role === 'admin' ? (await this.supervision.organisationOf(groupId)) === organisationOf(actor) : await this.supervision.isSupervisor(groupId, actor.user.id);
    if (!reached) throw new OutOfReach();
    const group = await this.supervision.group(groupId);
    if (!group) throw new OutOfReach();
    return group;
  }
}
