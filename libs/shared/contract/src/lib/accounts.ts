import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { CREATABLE_ROLES, CreatableRole, Role, ROLES } from './roles';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export class UserDto {
  id!: string;
  email!: string;
  name!: string;
  role!: Role;
  mustChangePassword!: boolean;
  /** False once an administrator deactivated the account: it cannot sign in, its records stay. */
  active!: boolean;
}

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

export class CreateUserResponse {
  user!: UserDto;
  /** Shown once to the administrator; the user must change it at first login. */
  temporaryPassword!: string;
}

export class UserListResponse {
  users!: UserDto[];
}

export class ListUsersQuery {
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;
}

export class UserParams {
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

export class ChangeRoleRequest {
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;
}

export class ResetPasswordResponse {
  /** Shown once to the administrator; the user must change it at her next login. */
  temporaryPassword!: string;
}

/**
 * Stable codes of the refusals (409) of user administration; the web words them.
 * - `user.self`: an administrator does not deactivate, reset or change the role of her own account.
 * - `user.last-admin`: the change would leave no active administrator.
 * - `user.role-in-use`: the role change is blocked; `errors` names each blocker with one of the
 *   codes below, its message naming the cohorts or groups.
 * - `user.leads-cohorts`, `user.supervises-groups`: a course leader who would stop being one.
 * - `user.training-record`: a trainee with a training record who would become staff.
 */
export const USER_ERROR_CODES = ['user.self', 'user.last-admin', 'user.role-in-use', 'user.leads-cohorts', 'user.supervises-groups', 'user.training-record'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];
