import { HttpErrorResponse } from '@angular/common/http';
import type { MakeUpErrorCode } from '@peer/contract';

/**
 * The contract's `MAKE_UP_ERROR_CODES`, repeated so the contract's class-validator classes stay
 * out of the browser bundle; the record's type and a unit test keep both in step.
 */
export const MAKE_UP_ERROR_CODES: Readonly<Record<MakeUpErrorCode, true>> = {
  'make-up.method-not-allowed': true,
  'make-up.no-absence': true,
  'make-up.already-made-up': true,
  'make-up.already-open': true,
  'make-up.not-requested': true,
  'make-up.not-open': true,
  'make-up.guest-recorded': true,
  'make-up.withdrawn': true,
};

/**
 * The translation key for a refusal about a make-up, by the API's stable code
 * (`make-up.no-absence` → `makeUpErrors.no-absence`); null for any other error.
 */
export function makeUpErrorKey(error: unknown): string | null {
  const code = error instanceof HttpErrorResponse ? (error.error as { code?: unknown } | null)?.code : undefined;
  return typeof code === 'string' && Object.hasOwn(MAKE_UP_ERROR_CODES, code) ? `makeUpErrors.${code.slice('make-up.'.length)}` : null;
}
