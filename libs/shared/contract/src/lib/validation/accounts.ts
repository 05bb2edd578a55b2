import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { CREATABLE_ROLES, CreatableRole, ORGANISATION_ROLES, OrganisationRole } from '../roles';
import { PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from '../accounts';

export class LoginRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordRequest {
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `newPassword must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
  })
  newPassword!: string;
}

export class CreateUserRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @IsIn(CREATABLE_ROLES, { message: `role must be one of: ${CREATABLE_ROLES.join(', ')}` })
  role!: CreatableRole;
}

export class ListUsersQuery {
  @IsOptional()
  @IsIn(ORGANISATION_ROLES, { message: `role must be one of: ${ORGANISATION_ROLES.join(', ')}` })
  role?: OrganisationRole;
}

export class UserParams {
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

export class ChangeRoleRequest {
  @IsIn(ORGANISATION_ROLES, { message: `role must be one of: ${ORGANISATION_ROLES.join(', ')}` })
  role!: OrganisationRole;
}
