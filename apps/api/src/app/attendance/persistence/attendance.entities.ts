import type { AttendanceStatus, MakeUpBookingStatus } from '@peer/contract';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { CourseDayEntity, EnrolmentEntity } from '../../cohorts/persistence/cohort.entities';

const STATUS_CHECK = `IN ('present', 'late', 'absent_excused', 'absent_unexcused')`;

/** The current mark of one trainee on one course day. */
@Entity({ name: 'attendance' })
@Check('attendance_status_check', `"status" ${STATUS_CHECK}`)
@Index('attendance_trainee_idx', ['traineeId'])
export class AttendanceEntity {
  @PrimaryColumn({ name: 'course_day_id', type: 'uuid' })
  courseDayId!: string;

  @PrimaryColumn({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @ManyToOne(() => CourseDayEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_day_id' })
  courseDay?: CourseDayEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  status!: AttendanceStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  @Column({ name: 'marked_by', type: 'uuid' })
  markedBy!: string;

  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt!: Date;
}

/** Every change of an attendance mark: who, when, from what to what. Only inserted. */
@Entity({ name: 'attendance_changes' })
@Index('attendance_changes_day_idx', ['courseDayId'])
export class AttendanceChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'course_day_id', type: 'uuid' })
  courseDayId!: string;

  @ManyToOne(() => CourseDayEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_day_id' })
  courseDay?: CourseDayEntity;

  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: AttendanceStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: AttendanceStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}

/** An absence a trainee reported before the day. */
@Entity({ name: 'absence_notices' })
export class AbsenceNoticeEntity {
  @PrimaryColumn({ name: 'course_day_id', type: 'uuid' })
  courseDayId!: string;

  @PrimaryColumn({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @ManyToOne(() => CourseDayEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_day_id' })
  courseDay?: CourseDayEntity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;
}

/** A missed curriculum day made up: in another cohort, or by an approved assignment. */
@Entity({ name: 'make_ups' })
@Index('make_ups_enrolment_day_key', ['enrolmentId', 'dayNumber'], { unique: true })
@Check('make_ups_method_check', `"method" IN ('other-cohort', 'assignment')`)
@Check('make_ups_host_check', `("method" = 'other-cohort') = ("host_course_day_id" IS NOT NULL)`)
export class MakeUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'day_number', type: 'integer' })
  dayNumber!: number;

  @Column({ type: 'varchar', length: 20 })
  method!: 'other-cohort' | 'assignment';

  @Column({ name: 'host_course_day_id', type: 'uuid', nullable: true })
  hostCourseDayId!: string | null;

  @ManyToOne(() => CourseDayEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_course_day_id' })
  hostCourseDay?: CourseDayEntity;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

/** A make-up of a missed day in another cohort: asked for, booked into a host day, attended or missed. */
@Entity({ name: 'make_up_bookings' })
@Index('make_up_bookings_open_key', ['enrolmentId', 'dayNumber'], { unique: true, where: `"status" IN ('requested', 'booked')` })
@Index('make_up_bookings_host_day_idx', ['hostCourseDayId'])
export class MakeUpBookingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'make_up_bookings_pkey' })
  id!: string;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'make_up_bookings_enrolment_fk' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'day_number', type: 'integer' })
  dayNumber!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: MakeUpBookingStatus;

  @Column({ name: 'host_course_day_id', type: 'uuid', nullable: true })
  hostCourseDayId!: string | null;

  @ManyToOne(() => CourseDayEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_course_day_id', foreignKeyConstraintName: 'make_up_bookings_host_day_fk' })
  hostCourseDay?: CourseDayEntity;

  @Column({ name: 'request_note', type: 'varchar', length: 500, nullable: true })
  requestNote!: string | null;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'booked_by', type: 'uuid', nullable: true })
  bookedBy!: string | null;

  @Column({ name: 'booked_at', type: 'timestamptz', nullable: true })
  bookedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  attendance!: AttendanceStatus | null;

  @Column({ name: 'attendance_by', type: 'uuid', nullable: true })
  attendanceBy!: string | null;

  @Column({ name: 'attendance_at', type: 'timestamptz', nullable: true })
  attendanceAt!: Date | null;
}
