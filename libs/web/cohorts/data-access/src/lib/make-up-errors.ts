import { HttpErrorResponse } from '@angular/common/http';
import { MAKE_UP_ERROR_CODES } from '@peer/contract';

/**
 * The translation key for a refusal about a make-up, by the API's stable code
 * (`make-up.no-absence` → `makeUpErrors.no-absence`); null for any other error.
 */
export function makeUpErrorKey(error: unknown): string | null {
  const code = error instanceof HttpErrorResponse ? (error.error as { code?: unknown } | null)?.code : undefined;
  return typeof code === 'string' && (MAKE_UP_ERROR_CODES as readonly string[]).includes(code) ? `makeUpErrors.${code.slice('make-up.'.length)}` : null;
}
