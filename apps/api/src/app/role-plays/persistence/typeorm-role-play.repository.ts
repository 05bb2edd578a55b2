import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RolePlayAttempt, RolePlayRepository } from '../role-play.repository';
import { CriterionMark, RolePlayAttemptEntity, RolePlayReflectionEntity } from './role-play.entities';
import { isUniqueViolation } from '../../common/database-errors';

@Injectable()
export class TypeormRolePlayRepository extends RolePlayRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  async find(id: string): Promise<RolePlayAttempt | null> {
    const [attempt] = await this.load('a.id = $1', [id]);
    return attempt ?? null;
  }

  forEnrolments(enrolmentIds: string[]): Promise<RolePlayAttempt[]> {
    if (enrolmentIds.length === 0) return Promise.resolve([]);
    return this.load('a.enrolment_id = ANY($1)', [enrolmentIds]);
  }

  dataOf(traineeId: string): Promise<RolePlayAttempt[]> {
    return this.load('a.enrolment_id IN (SELECT e.id FROM enrolments e WHERE e.trainee_id = $1)', [traineeId]);
  }

  async openDraft(enrolmentId: string, scenarioId: string, observerId: string, criteria: CriterionMark[]): Promise<string> {
    const repository = this.db.getRepository(RolePlayAttemptEntity);
    for (let tries = 0; tries < 3; tries++) {
      const draft = await repository.findOne({ where: { enrolmentId, scenarioId, status: 'draft' }, select: { id: true } });
      if (draft) return draft.id;
      const last = await repository.maximum('attempt', { enrolmentId, scenarioId });
      try {
        const row = await repository.save(repository.create({ enrolmentId, scenarioId, attempt: (last ?? 0) + 1, criteria, observerId }));
        return row.id;
      } catch (error) {
        // Another leader opened the same form at the same moment: use theirs.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    throw new Error('could not open a draft attempt');
  }

  async saveDraft(id: string, criteria: CriterionMark[], overallFeedback: string | null, draftResult: 'passed' | 'not_yet' | null, observerId: string): Promise<boolean> {
    const result = await this.db
      .createQueryBuilder()
      .update(RolePlayAttemptEntity)
      .set({ criteria, overallFeedback, draftResult, observerId })
      .where('id = :id AND status = :draft', { id, draft: 'draft' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async sign(id: string, result: 'passed' | 'not_yet', observerId: string): Promise<boolean> {
    // Conditional on the draft state, so two concurrent signatures cannot both land.
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = (await this.db.query(
      `UPDATE role_play_attempts SET status = 'signed', result = $2, observer_id = $3, signed_at = now()
        WHERE id = $1 AND status = 'draft' RETURNING id`,
      [id, result, observerId],
    )) as [unknown[], number];
    return affected === 1;
  }

  async addReflection(attemptId: string, text: string, afterSigning: boolean): Promise<void> {
    await this.db.getRepository(RolePlayReflectionEntity).insert({ attemptId, text, afterSigning });
  }

  private async load(where: string, params: unknown[]): Promise<RolePlayAttempt[]> {
    const rows: {
      id: string; enrolment_id: string; scenario_id: string; attempt: number; status: 'draft' | 'signed'; criteria: CriterionMark[];
      overall_feedback: string | null; result: 'passed' | 'not_yet' | null; draft_result: 'passed' | 'not_yet' | null; observer_id: string; observer_name: string;
      created_at: Date; signed_at: Date | null; reflections: { id: string; text: string; afterSigning: boolean; createdAt: string }[] | null;
    }[] = await this.db.query(
      `SELECT a.*, u.name AS observer_name,
              (SELECT json_agg(json_build_object('id', r.id, 'text', r.text, 'afterSigning', r.after_signing, 'createdAt', r.created_at) ORDER BY r.created_at)
                 FROM role_play_reflections r WHERE r.attempt_id = a.id) AS reflections
         FROM role_play_attempts a JOIN users u ON u.id = a.observer_id
        WHERE ${where}
        ORDER BY a.scenario_id, a.attempt`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      enrolmentId: r.enrolment_id,
      scenarioId: r.scenario_id,
      attempt: r.attempt,
      status: r.status,
      criteria: r.criteria,
      overallFeedback: r.overall_feedback,
      result: r.result,
      draftResult: r.status === 'draft' ? r.draft_result : null,
      observerId: r.observer_id,
      observerName: r.observer_name,
      createdAt: r.created_at,
      signedAt: r.signed_at,
      reflections: (r.reflections ?? []).map((x) => ({ ...x, createdAt: new Date(x.createdAt) })),
    }));
  }
}
