import type { UserErrorCode } from '@peer/contract';
import { type ApiError, errorMessageKey } from '@peer/web/shared/util';

/**
 * The contract's `USER_ERROR_CODES`, repeated so the contract's class-validator classes stay
 * out of the browser bundle; the record's type and a unit test keep both in step.
 */
export const USER_ERROR_CODES: Readonly<Record<UserErrorCode, true>> = {
  'user.self': true,
  'user.last-admin': true,
  'user.role-in-use': true,
  'user.leads-cohorts': true,
  'user.supervises-groups': true,
  'user.training-record': true,
};

const known = (code: string | undefined): code is UserErrorCode => typeof code === 'string' && Object.hasOwn(USER_ERROR_CODES, code);
const keyOf = (code: UserErrorCode) => `users.errors.${code.slice('user.'.length)}`;

/**
 * The translation keys that word a refused account action, by the API's stable codes: one per
 * blocker for a role change that is blocked (`users.errors.leads-cohorts`, …), the refusal's own
 * (`users.errors.self`) otherwise, and the generic message of anything else.
 */
export function userErrorKeys(error: ApiError): string[] {
  const blockers = error.fieldErrors.map((e) => e.code).filter(known).map(keyOf);
  if (blockers.length > 0) return blockers;
  if (known(error.code)) return [keyOf(error.code)];
  if (error.status === 404) return ['users.errors.not-found'];
  return [errorMessageKey(error)];
}
