import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { OrganisationRole, Role } from '@peer/contract';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { SessionEntity } from '../../auth/persistence/session.entity';
import type { NewUser, User } from '../user';
import { RoleTies, UserRepository } from '../user.repository';
import { UserEntity } from './user.entity';
import { isUniqueViolation } from '../../common/database-errors';

@Injectable()
export class TypeormUserRepository extends UserRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    super();
  }

  async findById(id: string): Promise<User | null> {
    return toUser(await this.users.findOneBy({ id }));
  }

  async findByEmail(email: string): Promise<User | null> {
    return toUser(await this.users.findOneBy({ email }));
  }

  async list(organisationId: string, role?: OrganisationRole): Promise<User[]> {
    const rows = await this.users.find({ where: role ? { organisationId, role } : { organisationId }, order: { name: 'ASC' } });
    return rows.map((row) => toUser(row) as User);
  }

  async create(user: NewUser, manager?: EntityManager): Promise<User | null> {
    try {
      // Within a caller's transaction, a savepoint: a taken e-mail must not abort it.
      const row = manager ? await manager.transaction((inner) => inner.save(inner.create(UserEntity, user))) : await this.users.save(this.users.create(user));
      return toUser(row);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  async updatePassword(id: string, passwordHash: string, mustChangePassword: boolean, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash, mustChangePassword });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async lockForChange(id: string, organisationId: string, manager: EntityManager): Promise<{ user: User | null; activeAdminIds: string[] }> {
    const admins = (await manager.query(`SELECT id FROM users WHERE role = 'admin' AND organisation_id = $1 AND deactivated_at IS NULL ORDER BY id FOR UPDATE`, [
      organisationId,
    ])) as { id: string }[];
    const row = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id', { id })
      .andWhere('u.organisation_id = :organisationId', { organisationId })
      .andWhere('u.erased_at IS NULL')
      .getOne();
    return { user: toUser(row), activeAdminIds: admins.map((a) => a.id) };
  }

  async setDeactivated(id: string, deactivatedAt: Date | null, manager: EntityManager): Promise<void> {
    await manager.update(UserEntity, { id }, { deactivatedAt });
  }

  async setRole(id: string, role: Role, manager: EntityManager): Promise<void> {
    await manager.update(UserEntity, { id }, { role });
  }

  async endSessions(id: string, manager: EntityManager): Promise<void> {
    await manager.delete(SessionEntity, { userId: id });
  }

  async roleTies(user: User, manager: EntityManager): Promise<RoleTies> {
    const cohorts = (await manager.query(
      `SELECT c.name FROM cohort_leaders l JOIN cohorts c ON c.id = l.cohort_id WHERE l.leader_id = $1 ORDER BY c.name, c.id`,
      [user.id],
    )) as { name: string }[];
    const groups = (await manager.query(
      `SELECT g.name FROM supervision_group_supervisors s JOIN supervision_groups g ON g.id = s.group_id WHERE s.user_id = $1 ORDER BY g.name, g.id`,
      [user.id],
    )) as { name: string }[];
    const [{ records }] = (await manager.query(
      `SELECT (SELECT count(*) FROM enrolments WHERE trainee_id = $1)
            + (SELECT count(*) FROM enrolment_invitations
                WHERE email = $2 AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL AND expires_at > now())
            + (SELECT count(*) FROM certificates WHERE trainee_id = $1)
            + (SELECT count(*) FROM supervision_group_members WHERE user_id = $1)
            + (SELECT count(*) FROM supervision_attendance WHERE trainee_id = $1) AS records`,
      [user.id, user.email],
    )) as [{ records: string }];
    return { cohorts: cohorts.map((c) => c.name), supervisedGroups: groups.map((g) => g.name), trainingRecords: Number(records) };
  }
}

function toUser(row: UserEntity | null): User | null {
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisationId,
    passwordHash: row.passwordHash,
    mustChangePassword: row.mustChangePassword,
    deactivatedAt: row.deactivatedAt,
    personalIdentity: row.personalIdentityHash !== null,
    createdAt: row.createdAt,
  };
}
