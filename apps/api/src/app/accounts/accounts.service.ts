import { Injectable } from '@nestjs/common';
import { CreateUserResponse, OrganisationRole, UserDto } from '@peer/contract';
import { CreateUserRequest } from '@peer/contract/validation';
import { AuditService } from '../audit/audit.service';
import { organisationOf, type Principal } from '../auth/principal';
import { FieldConflictError } from '../common/error.filter';
import { PasswordHasher } from './password-hasher';
import { newTemporaryPassword } from './temporary-password';
import { mapUser, normalizeEmail } from './user';
import { UserRepository } from './user.repository';

@Injectable()
export class AccountsService {
  constructor(private readonly users: UserRepository, private readonly hasher: PasswordHasher, private readonly audit: AuditService) {}

  async list(actor: Principal, role?: OrganisationRole): Promise<UserDto[]> {
    const users = await this.users.list(organisationOf(actor), role);
    await this.audit.record({ actorId: actor.user.id, action: 'user.list', subjectType: 'user', details: { role: role ?? null, count: users.length }, people: users.map((u) => u.id) });
    return users.map(mapUser);
  }

  async create(actor: Principal, request: CreateUserRequest): Promise<CreateUserResponse> {
    const temporaryPassword = newTemporaryPassword();
    const user = await this.users.create({
      email: normalizeEmail(request.email),
      name: request.name.trim(),
      role: request.role,
      organisationId: organisationOf(actor),
      passwordHash: await this.hasher.hash(temporaryPassword),
      mustChangePassword: true,
    });
    if (!user) {
      throw new FieldConflictError([{ field: 'email', rule: 'unique', message: 'email is already used by another account' }]);
    }
    await this.audit.record({ actorId: actor.user.id, action: 'user.create', subjectType: 'user', subjectId: user.id, details: { role: user.role }, people: [user.id] });
    return { user: mapUser(user), temporaryPassword };
  }
}
