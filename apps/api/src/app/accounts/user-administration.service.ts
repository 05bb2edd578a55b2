import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { FieldError, ResetPasswordResponse, Role, UserDto, UserErrorCode } from '@peer/contract';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { organisationOf, type Principal } from '../auth/principal';
import { FieldConflictError } from '../common/error.filter';
import { PasswordHasher } from './password-hasher';
import { newTemporaryPassword } from './temporary-password';
import { mapUser, User } from './user';
import { UserRepository } from './user.repository';

function refusal(code: UserErrorCode, message: string): ConflictException {
  return new ConflictException({ code, message });
}

/**
 * What an administrator does to another person's account: deactivate and reactivate it, reset
 * its password, change its role. Each is one transaction with its audit event, ends the
 * person's sessions where it changes what she may do, and never leaves her organisation without
 * an active administrator. An account of another organisation is not found. Nothing here deletes
 * her records.
 */
@Injectable()
export class UserAdministrationService {
  constructor(private readonly users: UserRepository, private readonly hasher: PasswordHasher, private readonly audit: AuditService) {}

  /** She cannot sign in any more and is signed out everywhere; deactivating twice changes nothing. */
  deactivate(actor: Principal, userId: string): Promise<UserDto> {
    return this.change(actor, userId, async (user, admins, manager) => {
      if (user.deactivatedAt) return user;
      this.keepAnAdministrator(user, admins, 'deactivate');
      const deactivatedAt = new Date();
      await this.users.setDeactivated(user.id, deactivatedAt, manager);
      await this.users.endSessions(user.id, manager);
      await this.record(actor, 'user.deactivate', user, {}, manager);
      return { ...user, deactivatedAt };
    });
  }

  /** She may sign in again, with the password she had (or the one an administrator reset). */
  reactivate(actor: Principal, userId: string): Promise<UserDto> {
    return this.change(actor, userId, async (user, _, manager) => {
      if (!user.deactivatedAt) return user;
      await this.users.setDeactivated(user.id, null, manager);
      await this.record(actor, 'user.reactivate', user, {}, manager);
      return { ...user, deactivatedAt: null };
    });
  }

  /** A new temporary password, shown once; her sessions end. A deactivated account stays deactivated. */
  async resetPassword(actor: Principal, userId: string): Promise<ResetPasswordResponse> {
    const temporaryPassword = newTemporaryPassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    await this.change(actor, userId, async (user, _, manager) => {
      await this.users.updatePassword(user.id, passwordHash, true, manager);
      await this.users.endSessions(user.id, manager);
      await this.record(actor, 'user.reset-password', user, {}, manager);
      return user;
    });
    return { temporaryPassword };
  }

  /** Refused while the old role still has duties or a training record; her sessions end so the new role applies at once. */
  changeRole(actor: Principal, userId: string, role: Role): Promise<UserDto> {
    return this.change(actor, userId, async (user, admins, manager) => {
      if (user.role === role) return user;
      if (user.role === 'admin') this.keepAnAdministrator(user, admins, 'change the role of');
      const blockers = await this.blockers(user, role, manager);
      if (blockers.length > 0) {
        throw new FieldConflictError(blockers, 409, 'user.role-in-use' satisfies UserErrorCode);
      }
      await this.users.setRole(user.id, role, manager);
      await this.users.endSessions(user.id, manager);
      await this.record(actor, 'user.role-change', user, { from: user.role, to: role }, manager);
      return { ...user, role };
    });
  }

  private async change(
    actor: Principal,
    userId: string,
    work: (user: User, activeAdminIds: string[], manager: EntityManager) => Promise<User>,
  ): Promise<UserDto> {
    if (userId === actor.user.id) throw refusal('user.self', 'Administrators do not change their own account here: use the account page');
    const user = await this.users.transaction(async (manager) => {
      const { user: found, activeAdminIds } = await this.users.lockForChange(userId, organisationOf(actor), manager);
      if (!found) throw new NotFoundException('No such user');
      return work(found, activeAdminIds, manager);
    });
    return mapUser(user);
  }

  private keepAnAdministrator(user: User, activeAdminIds: string[], what: string): void {
    if (user.role !== 'admin') return;
    if (activeAdminIds.filter((id) => id !== user.id).length === 0) {
      throw refusal('user.last-admin', `Cannot ${what} the last active administrator`);
    }
  }

  private async blockers(user: User, role: Role, manager: EntityManager): Promise<FieldError[]> {
    const ties = await this.users.roleTies(user, manager);
    const found: FieldError[] = [];
    if (user.role === 'course_leader') {
      if (ties.cohorts.length > 0) {
        found.push({ field: 'role', rule: 'leadsCohorts', code: 'user.leads-cohorts', message: `role: she still leads ${ties.cohorts.length} cohort(s): ${ties.cohorts.join(', ')}` });
      }
      if (ties.supervisedGroups.length > 0) {
        found.push({
          field: 'role',
          rule: 'supervisesGroups',
          code: 'user.supervises-groups',
          message: `role: she still supervises ${ties.supervisedGroups.length} group(s): ${ties.supervisedGroups.join(', ')}`,
        });
      }
    }
    if (user.role === 'trainee' && role !== 'trainee' && ties.trainingRecords > 0) {
      found.push({
        field: 'role',
        rule: 'trainingRecord',
        code: 'user.training-record',
        message: 'role: she has a training record (enrolments, invitations, certificates or supervision) and stays a trainee',
      });
    }
    return found;
  }

  private record(actor: Principal, action: string, user: User, details: Record<string, unknown>, manager: EntityManager): Promise<void> {
    return this.audit.record({ actorId: actor.user.id, action, subjectType: 'user', subjectId: user.id, details, people: [user.id] }, manager);
  }
}
