import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { StudyVisitState } from '@peer/contract';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { LinkState, NewStudyVisit, StudyVisit, StudyVisitRepository } from '../study-visit.repository';
import { HostConfirmationEntity, StudyVisitEntity } from './study-visit.entities';

@Injectable()
export class TypeormStudyVisitRepository extends StudyVisitRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async create(visit: NewStudyVisit): Promise<string> {
    const repository = this.db.getRepository(StudyVisitEntity);
    return (await repository.save(repository.create(visit))).id;
  }

  async find(id: string): Promise<StudyVisit | null> {
    const [visit] = await this.load({ id });
    return visit ?? null;
  }

  forEnrolments(enrolmentIds: string[]): Promise<StudyVisit[]> {
    return enrolmentIds.length === 0 ? Promise.resolve([]) : this.load({ enrolmentId: In(enrolmentIds) });
  }

  async transition(
    id: string,
    from: StudyVisitState[],
    to: StudyVisitState,
    changes: Partial<Pick<StudyVisit, 'answers' | 'leaderComment'>> & { approvedBy?: string } = {},
  ): Promise<boolean> {
    const result = await this.db
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

  newLink(visitId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    return this.db.transaction(async (manager) => {
      await manager.update(HostConfirmationEntity, { studyVisitId: visitId, usedAt: IsNull(), replacedAt: IsNull() }, { replacedAt: new Date() });
      await manager.insert(HostConfirmationEntity, { studyVisitId: visitId, tokenHash, expiresAt });
    });
  }

  async linkState(tokenHash: string, now: Date): Promise<{ state: LinkState; visitId?: string }> {
    const link = await this.db.getRepository(HostConfirmationEntity).findOneBy({ tokenHash });
    return link ? { state: stateOf(link, now), visitId: link.studyVisitId } : { state: 'unknown' };
  }

  useLink(tokenHash: string, now: Date): Promise<LinkState> {
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
      await manager.update(StudyVisitEntity, { id: link.studyVisitId, status: In(['planned', 'awaiting_host']) }, { status: 'confirmed', confirmedAt: now });
      return 'valid';
    });
  }

  private async load(where: object): Promise<StudyVisit[]> {
    const rows = await this.db.getRepository(StudyVisitEntity).find({ where, order: { date: 'ASC', createdAt: 'ASC' } });
    const approverIds = [...new Set(rows.map((r) => r.approvedBy).filter((id): id is string => id !== null))];
    const approvers = approverIds.length
      ? new Map((await this.db.getRepository(UserEntity).find({ where: { id: In(approverIds) }, select: { id: true, name: true } })).map((u) => [u.id, u.name]))
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
