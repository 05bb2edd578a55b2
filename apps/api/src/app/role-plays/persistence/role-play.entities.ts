import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EnrolmentEntity } from '../../cohorts/persistence/cohort.entities';

export interface CriterionMark {
  criterionId: string;
  shown: boolean | null;
  feedback: string | null;
}

/** One observed attempt at a scenario. A trigger refuses any change once signed. */
@Entity({ name: 'role_play_attempts' })
@Index('role_play_attempts_number_key', ['enrolmentId', 'scenarioId', 'attempt'], { unique: true })
@Index('role_play_attempts_one_draft_key', ['enrolmentId', 'scenarioId'], { unique: true, where: `"status" = 'draft'` })
@Check('role_play_attempts_status_check', `"status" IN ('draft', 'signed')`)
@Check('role_play_attempts_draft_result_check', `"draft_result" IN ('passed', 'not_yet')`)
@Check('role_play_attempts_signed_check', `("status" = 'signed') = ("result" IS NOT NULL AND "signed_at" IS NOT NULL)`)
export class RolePlayAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'scenario_id', type: 'varchar', length: 64 })
  scenarioId!: string;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: 'draft' | 'signed';

  @Column({ type: 'jsonb' })
  criteria!: CriterionMark[];

  @Column({ name: 'overall_feedback', type: 'varchar', length: 4000, nullable: true })
  overallFeedback!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  result!: 'passed' | 'not_yet' | null;

  /** The result chosen so far in a draft; the signature writes `result`. */
  @Column({ name: 'draft_result', type: 'varchar', length: 10, nullable: true })
  draftResult!: 'passed' | 'not_yet' | null;

  @Column({ name: 'observer_id', type: 'uuid' })
  observerId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;
}

/** A trainee's own words about an attempt, before or after it was signed. */
@Entity({ name: 'role_play_reflections' })
export class RolePlayReflectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('role_play_reflections_attempt_idx')
  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId!: string;

  @ManyToOne(() => RolePlayAttemptEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attempt_id' })
  attemptRow?: RolePlayAttemptEntity;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ name: 'after_signing', type: 'boolean' })
  afterSigning!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
