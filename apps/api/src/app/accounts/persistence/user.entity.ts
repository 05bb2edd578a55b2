import type { Role } from '@peer/contract';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'users' })
@Check('users_role_check', `"role" IN ('admin', 'course_leader', 'trainee', 'national_admin')`)
@Check('users_organisation_check', `("role" = 'national_admin') = ("organisation_id" IS NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  /** Her organisation; null only for the national administrator. A trainee's follows her to the cohort she joins. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** Null while the account may sign in; set by an administrator, cleared when she reactivates it. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** A keyed hash of the personal identity number a first sign-in through the identity provider may link by; never the number. */
  @Column({ name: 'personal_identity_hash', type: 'char', length: 64, nullable: true })
  personalIdentityHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
