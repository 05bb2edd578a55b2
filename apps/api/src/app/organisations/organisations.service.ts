import { Injectable, NotFoundException } from '@nestjs/common';
import type { AddAdministratorResponse, CreateOrganisationResponse, OrganisationDto, UserDto } from '@peer/contract';
import type { AddAdministratorRequest, CreateOrganisationRequest } from '@peer/contract/validation';
import { newTemporaryPassword } from '../accounts/temporary-password';
import { PasswordHasher } from '../accounts/password-hasher';
import { mapUser, normalizeEmail } from '../accounts/user';
import { UserRepository } from '../accounts/user.repository';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { FieldConflictError } from '../common/error.filter';
import { OrganisationRepository, OrganisationWithAdministrators } from './organisation.repository';

/**
 * The national administrator's work: the organisations and their first administrators. She sees
 * who administers each organisation, never its trainees; everything else is the organisation's own.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<OrganisationDto[]> {
    return (await this.organisations.list()).map(mapOrganisation);
  }

  /** The organisation and its administrator are one write: neither exists without the other. */
  async create(actor: Principal, request: CreateOrganisationRequest): Promise<CreateOrganisationResponse> {
    const temporaryPassword = newTemporaryPassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const { organisationId, administrator } = await this.organisations.transaction(async (manager) => {
      const organisation = await this.organisations.create({ slug: request.slug, name: request.name.trim() }, manager);
      if (!organisation) throw new FieldConflictError([{ field: 'slug', rule: 'unique', message: 'slug is already used by another organisation' }]);
      const administrator = await this.users.create(
        { email: normalizeEmail(request.adminEmail), name: request.adminName.trim(), role: 'admin', organisationId: organisation.id, passwordHash, mustChangePassword: true },
        manager,
      );
      if (!administrator) throw new FieldConflictError([{ field: 'adminEmail', rule: 'unique', message: 'adminEmail is already used by another account' }]);
      await this.audit.record(
        { actorId: actor.user.id, action: 'organisation.create', subjectType: 'organisation', subjectId: organisation.id, details: { slug: organisation.slug }, people: [administrator.id] },
        manager,
      );
      return { organisationId: organisation.id, administrator };
    });
    const organisation = (await this.organisations.find(organisationId)) as OrganisationWithAdministrators;
    return { organisation: mapOrganisation(organisation), administrator: mapUser(administrator), temporaryPassword };
  }

  /** A further administrator of an existing organisation, with a temporary password shown once. */
  async addAdministrator(actor: Principal, organisationId: string, request: AddAdministratorRequest): Promise<AddAdministratorResponse> {
    if (!(await this.organisations.find(organisationId))) throw new NotFoundException('No such organisation');
    const temporaryPassword = newTemporaryPassword();
    const administrator = await this.users.create({
      email: normalizeEmail(request.email),
      name: request.name.trim(),
      role: 'admin',
      organisationId,
      passwordHash: await this.hasher.hash(temporaryPassword),
      mustChangePassword: true,
    });
    if (!administrator) throw new FieldConflictError([{ field: 'email', rule: 'unique', message: 'email is already used by another account' }]);
    await this.audit.record({ actorId: actor.user.id, action: 'user.create', subjectType: 'user', subjectId: administrator.id, details: { role: 'admin', organisationId }, people: [administrator.id] });
    return { administrator: mapUser(administrator), temporaryPassword };
  }
}

/**
 * The national administrator of an installation without one, from the command line: only someone
 * on the server names her. Null when the e-mail already has an account.
 */
export async function createNationalAdministrator(
  services: { users: UserRepository; hasher: PasswordHasher; audit: AuditService },
  person: { email: string; name: string },
): Promise<{ user: UserDto; temporaryPassword: string } | null> {
  const temporaryPassword = newTemporaryPassword();
  const user = await services.users.create({
    email: normalizeEmail(person.email),
    name: person.name.trim(),
    role: 'national_admin',
    organisationId: null,
    passwordHash: await services.hasher.hash(temporaryPassword),
    mustChangePassword: true,
  });
  if (!user) return null;
  await services.audit.record({ actorId: null, action: 'user.create', subjectType: 'user', subjectId: user.id, details: { role: user.role }, people: [user.id] });
  return { user: mapUser(user), temporaryPassword };
}

function mapOrganisation(organisation: OrganisationWithAdministrators): OrganisationDto {
  return { id: organisation.id, slug: organisation.slug, name: organisation.name, createdAt: organisation.createdAt.toISOString(), administrators: organisation.administrators };
}
