import type { InvitationOutcome } from '@peer/contract';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../../accounts/persistence/user.entity';
import { CohortEntity, EnrolmentEntity } from '../../persistence/cohort.entities';

/** An invitation to a cohort: what the leader typed, until the person accepts. */
@Entity({ name: 'enrolment_invitations' })
@Check('enrolment_invitations_outcome_check', `"outcome" IN ('pending', 'new-account', 'trainee', 'staff-account')`)
@Index('enrolment_invitations_open_key', ['cohortId', 'email'], { unique: true, where: '"accepted_at" IS NULL AND "revoked_at" IS NULL' })
@Index('enrolment_invitations_email_idx', ['email'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Index('enrolment_invitations_token_key', { unique: true, where: '"token_hash" IS NOT NULL' })
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true })
  tokenHash!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  outcome!: InvitationOutcome;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'enrolment_id', type: 'uuid', nullable: true })
  enrolmentId!: string | null;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity | null;

  @Column({ name: 'declined_at', type: 'timestamptz', nullable: true })
  declinedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
