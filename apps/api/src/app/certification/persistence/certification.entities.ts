import type { CertificateLanguage, CertificateStatus, RevocationCode } from '@peer/contract';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../accounts/persistence/user.entity';
import { CohortEntity, EnrolmentEntity } from '../../cohorts/persistence/cohort.entities';

/** An Ed25519 signing key of the issuer. Retired keys stay published so old certificates verify. */
@Entity({ name: 'issuer_keys' })
export class IssuerKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'public_key_multibase', type: 'varchar', length: 128 })
  publicKeyMultibase!: string;

  /** AES-256-GCM under ISSUER_KEY_SECRET: iv.tag.ciphertext, base64url. */
  @Column({ name: 'secret_key_encrypted', type: 'text' })
  secretKeyEncrypted!: string;

  /** The organisation whose key it is; null for the installation's issuer, which signed the certificates of before. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;
}

/**
 * An issued certificate. Never deleted: revoking or superseding changes its
 * status. The stored PDF bytes are what every download serves.
 */
@Entity({ name: 'certificates' })
@Index('certificates_one_valid_key', ['traineeId', 'courseId', 'version'], { unique: true, where: `"status" = 'valid'` })
@Index('certificates_status_entry_key', ['statusList', 'statusIndex'], { unique: true })
@Check('certificates_status_check', `"status" IN ('valid', 'revoked', 'superseded', 'renewed')`)
@Check('certificates_renews_other_check', `"renews_certificate_id" <> "id"`)
@Check('certificates_status_index_check', `"status_index" >= 0 AND "status_index" < 131072`)
@Check('certificates_revocation_code_check', `"revocation_code" IN ('issued-in-error', 'requirements-not-met', 'withdrawn-at-holders-request', 'unspecified')`)
@Check('certificates_revocation_code_status_check', `("status" = 'revoked') = ("revocation_code" IS NOT NULL)`)
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('certificates_code_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Index('certificates_trainee_idx')
  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: UserEntity;

  @Column({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'course_id', type: 'varchar', length: 64 })
  courseId!: string;

  @Column({ name: 'curriculum_version', type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 12 })
  status!: CertificateStatus;

  @Column({ name: 'holder_name', type: 'varchar', length: 120 })
  holderName!: string;

  /** The issuing organisation's name as the certificate states it. */
  @Column({ name: 'issuer_name', type: 'varchar', length: 200 })
  issuerName!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: CertificateLanguage;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt!: Date;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true })
  validUntil!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** The public reason (one of `REVOCATION_REASONS`, or `unspecified` for revocations older than the list). */
  @Column({ name: 'revocation_code', type: 'varchar', length: 40, nullable: true })
  revocationCode!: RevocationCode | null;

  /** Internal, for staff: never read by the public pages. */
  @Column({ name: 'revocation_note', type: 'varchar', length: 500, nullable: true })
  revocationNote!: string | null;

  @Column({ name: 'superseded_by', type: 'uuid', nullable: true })
  supersededBy!: string | null;

  /** The certificate this one renews (kept by a re-issue of the renewal). */
  @Index('certificates_renews_idx', { where: `"renews_certificate_id" IS NOT NULL` })
  @Column({ name: 'renews_certificate_id', type: 'uuid', nullable: true })
  renews!: string | null;

  @ManyToOne(() => CertificateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'renews_certificate_id', foreignKeyConstraintName: 'certificates_renews_fk' })
  renewed?: CertificateEntity;

  /** The revocation list (`/status/<n>`) and the bit in it, fixed at issue. */
  @Column({ name: 'status_list', type: 'integer' })
  statusList!: number;

  @Column({ name: 'status_index', type: 'integer' })
  statusIndex!: number;

  @Column({ name: 'key_id', type: 'varchar', length: 64 })
  keyId!: string;

  @Column({ type: 'jsonb' })
  credential!: Record<string, unknown>;

  @Column({ type: 'bytea', select: false })
  pdf!: Buffer;

  @Column({ name: 'pdf_sha256', type: 'char', length: 64 })
  @Index('certificates_pdf_sha256_idx')
  pdfSha256!: string;
}

/** A background run that certifies every certifiable trainee of a cohort. */
@Entity({ name: 'certification_jobs' })
@Check('certification_jobs_status_check', `"status" IN ('queued', 'running', 'done', 'failed')`)
@Index('certification_jobs_one_open_key', ['cohortId'], { unique: true, where: `"status" IN ('queued', 'running')` })
export class CertificationJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: 'queued' | 'running' | 'done' | 'failed';

  @Column({ type: 'varchar', length: 2 })
  language!: CertificateLanguage;

  @Column({ type: 'integer', default: 0 })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  issued!: number;

  @Column({ type: 'integer', default: 0 })
  skipped!: number;

  @Column({ type: 'integer', default: 0 })
  failed!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  /** Why the whole job stopped, when it could not go on. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;
}

/** One trainee of a cohort job: the job's progress, and what to retry. */
@Entity({ name: 'certification_job_items' })
@Check('certification_job_items_status_check', `"status" IN ('pending', 'issued', 'skipped', 'failed')`)
export class CertificationJobItemEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => CertificationJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: CertificationJobEntity;

  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: EnrolmentEntity;

  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @Column({ type: 'varchar', length: 10 })
  status!: 'pending' | 'issued' | 'skipped' | 'failed';

  /** A stable code: why it was skipped or failed. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reason!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;

  @Column({ name: 'certificate_id', type: 'uuid', nullable: true })
  certificateId!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A Bitstring Status List (`/status/<id>`) of one issuer; a new one opens before its last fills. */
@Entity({ name: 'status_lists' })
@Check('status_lists_capacity_check', `"capacity" > 0 AND "capacity" <= 131072`)
@Check('status_lists_used_check', `"used" >= 0 AND "used" <= "capacity"`)
export class StatusListEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'integer', default: 0 })
  used!: number;

  /** The issuer that signs the list; null for the installation's lists of before. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A revocable public link to the certificates a trainee chose to show. */
@Entity({ name: 'share_links' })
export class ShareLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('share_links_token_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'trainee_id', type: 'uuid' })
  traineeId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Her chosen certificates are rows of `share_link_certificates`. */
  @Column({ name: 'include_supervision', type: 'boolean', default: false })
  includeSupervision!: boolean;
}
