import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorBody, FieldError } from '@peer/contract';

/** What the web app needs to know about a failed API call. */
export interface ApiError {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The API's own message (English), or the transport error's. */
  readonly message: string;
  /** One entry per field and broken rule, when the API named fields. */
  readonly fieldErrors: readonly FieldError[];
  /** The API's stable code for this refusal (e.g. `renewal.not-current`), when it sent one. */
  readonly code?: string;
}

/** Reads any error thrown by an HttpClient call into an {@link ApiError}. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = isErrorBody(error.error) ? error.error : undefined;
    return {
      status: error.status,
      message: body?.message ?? error.message,
      fieldErrors: (body?.errors ?? []).filter(isFieldError),
      ...(typeof body?.code === 'string' ? { code: body.code } : {}),
    };
  }
  return { status: 0, message: error instanceof Error ? error.message : String(error), fieldErrors: [] };
}

/**
 * Translation key of a generic message for an error that is not about one field.
 * Pages handle the statuses that mean something special to them (e.g. 401 on sign-in) first.
 */
export function errorMessageKey(error: ApiError): string {
  if (error.status === 0) return 'errors.network';
  if (error.status === 403) return 'errors.forbidden';
  if (error.status === 429) return 'errors.tooManyRequests';
  if (error.status >= 500) return 'errors.server';
  return 'errors.unexpected';
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as Partial<ErrorBody>).message === 'string';
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.field === 'string' &&
    typeof candidate.rule === 'string' &&
    typeof candidate.message === 'string'
  );
}
