import { USER_ERROR_CODES, type UserErrorCode } from '@peer/contract';
import { type ApiError, errorMessageKey } from '@peer/web/shared/util';

const known = (code: string | undefined): code is UserErrorCode => (USER_ERROR_CODES as readonly (string | undefined)[]).includes(code);
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
