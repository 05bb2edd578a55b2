import { HttpErrorResponse } from '@angular/common/http';
import { ERROR_CODES, type ErrorBody, type FieldError, fieldErrorCode, isApiErrorCode, STATUS_ERROR_CODES } from '@peer/contract';

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
 * Translation key of the message for an error as a whole, never the server's own words: the
 * API's precise code first (`errors.codes.<code>`, every catalogued code has a text), then the
 * status. Pages handle the statuses that mean something special to them (e.g. 401 on sign-in) first.
 */
export function errorMessageKey(error: ApiError): string {
  if (error.status === 0) return 'errors.network';
  if (isPreciseCode(error.code)) return `errors.codes.${error.code}`;
  if (error.status === 403) return 'errors.forbidden';
  if (error.status === 429) return 'errors.tooManyRequests';
  if (error.status >= 500) return 'errors.server';
  const byStatus = ERROR_CODES[error.status];
  return byStatus ? `errors.codes.${byStatus}` : 'errors.unexpected';
}

/** Something to show a user: a translation key and its parameters. */
export interface ErrorText {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What these functions need of a translation service (ngx-translate's `TranslateService` fits). */
export interface Translator {
  instant(key: string, params?: object): unknown;
}

/**
 * Candidate translation keys of one field error, best first: the field's own text
 * (`validation.fields.<field>.<rule>`, the last part of a dotted field), the rule's
 * (`validation.rules.<rule>`), then the code's (`errors.codes.<code>`).
 */
export function fieldErrorKeys(error: FieldError): string[] {
  const name = error.field.slice(error.field.lastIndexOf('.') + 1);
  const keys = [`validation.fields.${name}.${error.rule}`, `validation.rules.${error.rule}`];
  const code = error.code ?? fieldErrorCode(error.rule);
  if (isApiErrorCode(code)) keys.push(`errors.codes.${code}`);
  return keys;
}

/** The text of one field error in the language in use: the first of `fieldErrorKeys` that has one. */
export function fieldErrorText(translate: Translator, error: FieldError, params: Readonly<Record<string, string | number>> = {}): string {
  return firstText(translate, fieldErrorKeys(error), params) ?? String(translate.instant('validation.invalid'));
}

/**
 * The message for an error as a whole in the language in use: the precise code's text, else
 * (the refusal named fields) the first field error's, else the status's — never the server's message.
 */
export function apiErrorText(translate: Translator, error: ApiError): string {
  if (!isRefusalCode(error.code) && error.status !== 0 && error.fieldErrors.length > 0) {
    return fieldErrorText(translate, error.fieldErrors[0] as FieldError);
  }
  return String(translate.instant(errorMessageKey(error)));
}

/**
 * `{ detail }`: the key of the API's precise refusal code, when it named one, for a page that adds
 * it under its own message ("Det gick inte." + why); nothing otherwise. Never the server's words.
 */
export function preciseDetail(error: ApiError): Partial<{ readonly detail: string }> {
  return isRefusalCode(error.code) ? { detail: `errors.codes.${error.code}` } : {};
}

/** The line of a CSV import's field error (`csv.line3.email` → 3), when it names one. */
export function csvLineOf(error: FieldError): number | null {
  const match = /^csv\.line(\d+)\./.exec(error.field);
  return match ? Number(match[1]) : null;
}

const STATUS_CODES: ReadonlySet<string> = new Set(STATUS_ERROR_CODES);

/** A catalogued code that names a refusal as a whole: neither a status's code nor a field rule's (`field.*`). */
export function isRefusalCode(code: string | undefined): code is string {
  return isPreciseCode(code) && !code.startsWith('field.');
}

/** A catalogued code more precise than its status's. */
function isPreciseCode(code: string | undefined): code is string {
  return isApiErrorCode(code) && !STATUS_CODES.has(code);
}

/** The text of the first of `keys` that has one in the language in use. */
export function firstText(translate: Translator, keys: readonly string[], params: object = {}): string | undefined {
  for (const key of keys) {
    const text = translate.instant(key, params);
    if (typeof text === 'string' && text !== key) return text;
  }
  return undefined;
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
