import type { HostAnswer, StudyVisitState } from '@peer/contract';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { EnrolmentEntity } from '../../cohorts/persistence/cohort.entities';

/** A visit to a care unit. Holds no patient data: only the unit, the time and the trainee's reflection. */
@Entity({ name: 'study_visits' })
@Index('study_visits_enrolment_idx', ['enrolmentId'])
@Check('study_visits_status_check', `"status" IN ('planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved', 'not_held')`)
@Check('study_visits_host_answer_check', `"host_answer" IN ('confirmed', 'hours-differ', 'not-held')`)
@Check('study_visits_registered_hours_check', `("registered_hours" IS NULL) = ("host_answer" IS DISTINCT FROM 'hours-differ')`)
@Check('study_visits_hours_check', '"hours" > 0 AND "hours" <= 24')
export class StudyVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'requirement_id', type: 'varchar', length: 64 })
  requirementId!: string;

  @Column({ name: 'unit_name', type: 'varchar', length: 200 })
  unitName!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  organisation!: string;

  @Column({ name: 'visit_date', type: 'date' })
  date!: string;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hours!: number;

  @Column({ name: 'host_email', type: 'varchar', length: 254 })
  hostEmail!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: StudyVisitState;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'host_answer', type: 'varchar', length: 20, nullable: true })
  hostAnswer!: HostAnswer | null;

  /** The trainee's own figure, kept when the host unit gave other hours. */
  @Column({
    name: 'registered_hours',
    type: 'numeric',
    precision: 4,
    scale: 1,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  registeredHours!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  answers!: string[] | null;

  @Column({ name: 'leader_comment', type: 'varchar', length: 2000, nullable: true })
  leaderComment!: string | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A one-time link for the host unit. Only the token's SHA-256 is stored. */
@Entity({ name: 'host_confirmations' })
export class HostConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('host_confirmations_token_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Index('host_confirmations_visit_idx')
  @Column({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId!: string;

  @ManyToOne(() => StudyVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_visit_id' })
  studyVisit?: StudyVisitEntity;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  /** Set when a newer link was sent for the same visit. */
  @Column({ name: 'replaced_at', type: 'timestamptz', nullable: true })
  replacedAt!: Date | null;
}

/**
 * One confirmation mail sent to a host unit, counted against the daily limits
 * (per visit, per trainee, per recipient). The day is the Stockholm date the
 * mail went out on; older rows are dropped, they count for nothing.
 */
@Entity({ name: 'host_mails' })
@Index('host_mails_visit_day_idx', ['studyVisitId', 'day'])
@Index('host_mails_trainee_day_idx', ['traineeId', 'day'])
@Index('host_mails_recipient_day_idx', ['recipient', 'day'])
@Index('host_mails_day_idx', ['day'])
export class HostMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'study_visit_id', type: 'uuid' })
  studyVisitId!: string;

  @ManyToOne(() => StudyVisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'study_visit_id', foreignKeyConstraintName: 'FK_host_mails_study_visit' })
  studyVisit?: StudyVisitEntity;

  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id', foreignKeyConstraintName: 'FK_host_mails_trainee' })
  trainee?: UserEntity;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'date' })
  day!: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
