import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { CurriculumVersionEntity } from '../../curriculum/persistence/curriculum-version.entity';

/** A group of trainees following one pinned curriculum version together. */
@Entity({ name: 'cohorts' })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId!: string;

  @Column({ name: 'curriculum_version', type: 'integer' })
  version!: number;

  @ManyToOne(() => CurriculumVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'course_id', referencedColumnName: 'courseId' },
    { name: 'curriculum_version', referencedColumnName: 'version' },
  ])
  curriculumVersion?: CurriculumVersionEntity;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'cohort_leaders' })
export class CohortLeaderEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @PrimaryColumn({ name: 'leader_id', type: 'uuid' })
  @Index('cohort_leaders_leader_idx')
  leaderId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: UserEntity;
}

/** A curriculum day scheduled for a cohort. Date and times are Europe/Stockholm wall-clock. */
@Entity({ name: 'course_days' })
@Index('course_days_cohort_day_key', ['cohortId', 'dayNumber'], { unique: true })
@Check('course_days_times_check', '"end_time" > "start_time"')
export class CourseDayEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'day_number', type: 'integer' })
  dayNumber!: number;

  @Column({ type: 'date' })
  date!: string;

  @Column({ name: 'start_time', type: 'time without time zone' })
  startTime!: string;

  @Column({ name: 'end_time', type: 'time without time zone' })
  endTime!: string;

  @Column({ type: 'varchar', length: 200 })
  place!: string;
}

/** A trainee in a cohort. Withdrawal keeps the row; re-enrolling adds a new one. */
@Entity({ name: 'enrolments' })
@Index('enrolments_active_key', ['cohortId', 'traineeId'], { unique: true, where: '"withdrawn_at" IS NULL' })
@Index('enrolments_trainee_idx', ['traineeId'])
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: UserEntity;

  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawal_reason', type: 'varchar', length: 500, nullable: true })
  withdrawalReason!: string | null;
}
