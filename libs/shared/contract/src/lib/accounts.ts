import { Role } from './roles';

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
  /**
   * Whether an administrator gave a personal identity number to link her first sign-in through
   * the organisation's identity provider. The number itself is never stored or shown.
   */
  personalIdentity!: boolean;
}

export class CreateUserResponse {
  user!: UserDto;
  /** Shown once to the administrator; the user must change it at first login. */
  temporaryPassword!: string;
}

export class UserListResponse {
  users!: UserDto[];
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
