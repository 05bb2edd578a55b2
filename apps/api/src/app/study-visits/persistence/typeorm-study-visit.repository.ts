import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StudyVisitState } from '@peer/contract';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { HostMail, HostMailLimitRule, HostMailLimits, HostReply, LinkState, NewStudyVisit, StudyVisit, StudyVisitRepository } from '../study-visit.repository';
import { HostConfirmationEntity, HostMailEntity, StudyVisitEntity } from './study-visit.entities';

@Injectable()
export class TypeormStudyVisitRepository extends StudyVisitRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async create(visit: NewStudyVisit, manager: EntityManager = this.db.manager): Promise<string> {
    const repository = manager.getRepository(StudyVisitEntity);
    return (await repository.save(repository.create(visit))).id;
  }

  async find(id: string, manager: EntityManager = this.db.manager): Promise<StudyVisit | null> {
    const [visit] = await this.load({ id }, manager);
    return visit ?? null;
  }

  forEnrolments(enrolmentIds: string[]): Promise<StudyVisit[]> {
    return enrolmentIds.length === 0 ? Promise.resolve([]) : this.load({ enrolmentId: In(enrolmentIds) });
  }

  dataOf(traineeId: string): Promise<StudyVisit[]> {
    return this.load({ enrolment: { traineeId } });
  }

  async transition(
    id: string,
    from: StudyVisitState[],
    to: StudyVisitState,
    changes: Partial<Pick<StudyVisit, 'answers' | 'leaderComment'>> & { approvedBy?: string } = {},
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(StudyVisitEntity)
      .set({
        status: to,
        ...(changes.answers !== undefined ? { answers: changes.answers } : {}),
        ...(changes.leaderComment !== undefined ? { leaderComment: changes.leaderComment } : {}),
        ...(changes.approvedBy ? { approvedBy: changes.approvedBy, approvedAt: () => 'now()' } : {}),
      })
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  newLink(visitId: string, tokenHash: string, expiresAt: Date, outer?: EntityManager): Promise<void> {
    const write = async (manager: EntityManager) => {
      await manager.update(HostConfirmationEntity, { studyVisitId: visitId, usedAt: IsNull(), replacedAt: IsNull() }, { replacedAt: new Date() });
      await manager.insert(HostConfirmationEntity, { studyVisitId: visitId, tokenHash, expiresAt });
    };
    return outer ? write(outer) : this.db.transaction(write);
  }

  async recordHostMail(manager: EntityManager, mail: HostMail, limits: HostMailLimits): Promise<HostMailLimitRule | null> {
    // Transaction-scoped advisory locks, always trainee before recipient so two sends never wait
    // on each other crosswise. A visit belongs to one trainee, so its count is covered too.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`host-mail:trainee:${mail.traineeId}`]);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`host-mail:recipient:${mail.recipient}`]);
    const [counts] = (await manager.query(
      `SELECT count(*) FILTER (WHERE study_visit_id = $1)::int AS visit,
              count(*) FILTER (WHERE trainee_id = $2)::int AS trainee,
              count(*) FILTER (WHERE recipient = $3)::int AS recipient
         FROM host_mails
        WHERE day = $4 AND (study_visit_id = $1 OR trainee_id = $2 OR recipient = $3)`,
      [mail.visitId, mail.traineeId, mail.recipient, mail.day],
    )) as [{ visit: number; trainee: number; recipient: number }];
    if (counts.visit >= limits.perVisit) return 'mail.limit-visit';
    if (counts.trainee >= limits.perTrainee) return 'mail.limit-trainee';
    if (counts.recipient >= limits.perRecipient) return 'mail.limit-recipient';
    await manager.insert(HostMailEntity, { studyVisitId: mail.visitId, traineeId: mail.traineeId, recipient: mail.recipient, day: mail.day });
    // Only today's rows count. The trainee's older ones go (under the trainee's lock, so sends
    // never contend over them); yesterday's stay for an instance whose clock is a little behind.
    await manager.query(`DELETE FROM host_mails WHERE trainee_id = $1 AND day < $2::date - 1`, [mail.traineeId, mail.day]);
    return null;
  }

  async linkState(tokenHash: string, now: Date): Promise<{ state: LinkState; visitId?: string }> {
    const link = await this.db.getRepository(HostConfirmationEntity).findOneBy({ tokenHash });
    return link ? { state: stateOf(link, now), visitId: link.studyVisitId } : { state: 'unknown' };
  }

  useLink(tokenHash: string, now: Date, reply: HostReply): Promise<LinkState> {
    return this.db.transaction(async (manager: EntityManager) => {
      const link = await manager
        .getRepository(HostConfirmationEntity)
        .createQueryBuilder('h')
        .setLock('pessimistic_write')
        .where('h.token_hash = :tokenHash', { tokenHash })
        .getOne();
      if (!link) return 'unknown';
      const state = stateOf(link, now);
      if (state !== 'valid') return state;
      await manager.update(HostConfirmationEntity, { id: link.id }, { usedAt: now });
      const answered = { confirmedAt: now, hostAnswer: reply.answer };
      const visit = { id: link.studyVisitId, status: In(['planned', 'awaiting_host']) };
      if (reply.answer === 'not-held') {
        await manager.update(StudyVisitEntity, visit, { ...answered, status: 'not_held' });
      } else if (reply.answer === 'hours-differ') {
        // The host's hours count; the trainee's own figure stays beside them.
        await manager.query(
          `UPDATE study_visits SET status = 'confirmed', confirmed_at = $2, host_answer = 'hours-differ', registered_hours = hours, hours = $3, updated_at = now()
           WHERE id = $1 AND status IN ('planned', 'awaiting_host')`,
          [link.studyVisitId, now, reply.hours],
        );
      } else {
        await manager.update(StudyVisitEntity, visit, { ...answered, status: 'confirmed' });
      }
      return 'valid';
    });
  }

  private async load(where: object, manager: EntityManager = this.db.manager): Promise<StudyVisit[]> {
    const rows = await manager.getRepository(StudyVisitEntity).find({ where, order: { date: 'ASC', createdAt: 'ASC' } });
    const approverIds = [...new Set(rows.map((r) => r.approvedBy).filter((id): id is string => id !== null))];
    const approvers = approverIds.length
      ? new Map((await manager.getRepository(UserEntity).find({ where: { id: In(approverIds) }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
      : new Map<string, string>();
    return rows.map((r) => ({
      id: r.id,
      enrolmentId: r.enrolmentId,
      requirementId: r.requirementId,
      unitName: r.unitName,
      kind: r.kind,
      organisation: r.organisation,
      date: r.date,
      hours: r.hours,
      hostEmail: r.hostEmail,
      status: r.status,
      confirmedAt: r.confirmedAt,
      hostAnswer: r.hostAnswer,
      registeredHours: r.registeredHours,
      answers: r.answers,
      leaderComment: r.leaderComment,
      approvedByName: r.approvedBy ? (approvers.get(r.approvedBy) ?? null) : null,
      approvedAt: r.approvedAt,
    }));
  }
}

function stateOf(link: HostConfirmationEntity, now: Date): LinkState {
  if (link.usedAt) return 'used';
  if (link.replacedAt) return 'replaced';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
