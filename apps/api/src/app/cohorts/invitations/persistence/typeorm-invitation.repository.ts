import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvitationOutcome } from '@peer/contract';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, Not, QueryFailedError } from 'typeorm';
import { UserEntity } from '../../../accounts/persistence/user.entity';
import type { NewUser } from '../../../accounts/user';
import { EnrolmentEntity } from '../../persistence/cohort.entities';
import { AccountKind, Invitation, InvitationRepository, NewInvitation } from '../invitation.repository';
import { InvitationEntity } from './invitation.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class TypeormInvitationRepository extends InvitationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async taken(cohortId: string, emails: string[], now: Date, manager: EntityManager): Promise<Map<string, 'invited' | 'enrolled'>> {
    const rows: { email: string; kind: 'invited' | 'enrolled' }[] = await manager.query(
      `SELECT i.email, 'invited' AS kind FROM enrolment_invitations i
        WHERE i.cohort_id = $1 AND i.email = ANY($2) AND i.accepted_at IS NULL AND i.revoked_at IS NULL
          AND i.declined_at IS NULL AND i.expires_at > $3
       UNION
       SELECT u.email, 'enrolled' AS kind FROM enrolments e JOIN users u ON u.id = e.trainee_id
        WHERE e.cohort_id = $1 AND e.withdrawn_at IS NULL AND u.email = ANY($2)`,
      [cohortId, emails, now],
    );
    return new Map(rows.map((r) => [r.email, r.kind]));
  }

  async create(invitations: NewInvitation[], now: Date, manager: EntityManager): Promise<Invitation[] | null> {
    if (invitations.length === 0) return [];
    const { cohortId } = invitations[0] as NewInvitation;
    const emails = invitations.map((i) => i.email);
    // A declined or expired invitation makes way for the new one.
    await manager.query(
      `UPDATE enrolment_invitations SET revoked_at = $3
        WHERE cohort_id = $1 AND email = ANY($2) AND accepted_at IS NULL AND revoked_at IS NULL
          AND (declined_at IS NOT NULL OR expires_at <= $3)`,
      [cohortId, emails, now],
    );
    try {
      // A savepoint keeps the caller's transaction usable when the insert loses a race.
      const ids = await manager.transaction(async (inner) => {
        const result = await inner.insert(InvitationEntity, invitations.map((i) => ({ ...i, outcome: 'pending' as const, createdAt: now })));
        return result.identifiers.map((identifier) => identifier['id'] as string);
      });
      const rows = await manager.find(InvitationEntity, { where: { id: In(ids) }, relations: { inviter: true } });
      return ids.map((id) => toInvitation(rows.find((r) => r.id === id) as InvitationEntity));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  async find(id: string, manager: EntityManager = this.db.manager): Promise<Invitation | null> {
    const row = await manager.findOne(InvitationEntity, { where: { id }, relations: { inviter: true } });
    return row ? toInvitation(row) : null;
  }

  async lock(id: string, manager: EntityManager): Promise<Invitation | null> {
    const locked = await manager.getRepository(InvitationEntity).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
    return locked ? this.find(id, manager) : null;
  }

  async findByToken(tokenHash: string, manager: EntityManager = this.db.manager): Promise<Invitation | null> {
    const row = await manager.findOne(InvitationEntity, { where: { tokenHash }, relations: { inviter: true } });
    return row ? toInvitation(row) : null;
  }

  async openForCohort(cohortId: string): Promise<Invitation[]> {
    const rows = await this.db.getRepository(InvitationEntity).find({
      where: { cohortId, acceptedAt: IsNull(), revokedAt: IsNull() },
      relations: { inviter: true },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
    return rows.map(toInvitation);
  }

  async allForCohort(cohortId: string): Promise<Invitation[]> {
    const rows = await this.db.getRepository(InvitationEntity).find({ where: { cohortId }, relations: { inviter: true }, order: { createdAt: 'ASC', name: 'ASC' } });
    return rows.map(toInvitation);
  }

  async openForEmail(email: string, now: Date): Promise<Invitation[]> {
    const rows = await this.db.getRepository(InvitationEntity).find({
      where: { email, acceptedAt: IsNull(), revokedAt: IsNull(), declinedAt: IsNull(), outcome: Not('staff-account'), expiresAt: Not(LessThanOrEqual(now)) },
      relations: { inviter: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map(toInvitation);
  }

  async accountOf(email: string, manager: EntityManager = this.db.manager): Promise<AccountKind> {
    const user = await manager.findOneBy(UserEntity, { email });
    if (!user) return 'none';
    return user.role === 'trainee' ? 'trainee' : 'staff';
  }

  async dispatched(id: string, outcome: InvitationOutcome, tokenHash: string | null, manager: EntityManager): Promise<void> {
    await manager.update(InvitationEntity, { id }, { outcome, tokenHash });
  }

  async accept(invitationId: string, cohortId: string, traineeId: string, manager: EntityManager): Promise<string> {
    const active = await manager.findOneBy(EnrolmentEntity, { cohortId, traineeId, withdrawnAt: IsNull() });
    const enrolmentId = active?.id ?? (await manager.insert(EnrolmentEntity, { cohortId, traineeId })).identifiers[0]?.['id'];
    await manager.update(InvitationEntity, { id: invitationId }, { acceptedAt: new Date(), enrolmentId, tokenHash: null });
    // She belongs to the organisation of the cohort she joins last: a move takes her account along.
    await manager.query(`UPDATE users SET organisation_id = (SELECT organisation_id FROM cohorts WHERE id = $1) WHERE id = $2`, [cohortId, traineeId]);
    return enrolmentId as string;
  }

  async createTrainee(user: Omit<NewUser, 'organisationId'>, cohortId: string, manager: EntityManager): Promise<string | null> {
    if (await manager.existsBy(UserEntity, { email: user.email })) return null;
    try {
      return await manager.transaction(async (inner) => {
        const [cohort] = (await inner.query(`SELECT organisation_id FROM cohorts WHERE id = $1`, [cohortId])) as { organisation_id: string }[];
        return (await inner.insert(UserEntity, { ...user, organisationId: cohort?.organisation_id })).identifiers[0]?.['id'] as string;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  async decline(id: string, manager: EntityManager): Promise<void> {
    await manager.update(InvitationEntity, { id }, { declinedAt: new Date(), tokenHash: null });
  }

  async revoke(id: string, manager: EntityManager): Promise<void> {
    await manager.update(InvitationEntity, { id }, { revokedAt: new Date(), tokenHash: null });
  }
}

function toInvitation(row: InvitationEntity): Invitation {
  return {
    id: row.id,
    cohortId: row.cohortId,
    name: row.name,
    email: row.email,
    outcome: row.outcome,
    invitedBy: row.invitedBy,
    invitedByName: row.inviter?.name ?? null,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    declinedAt: row.declinedAt,
    revokedAt: row.revokedAt,
  };
}
