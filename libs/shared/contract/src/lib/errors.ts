/** One field that broke one rule. `field` is a dotted path into the request. */
export class FieldError {
  field!: string;
  rule!: string;
  message!: string;
  /** Stable code the web words, e.g. `field.max-length`; the API derives it from `rule` when a check names none. */
  code?: string;
}

/** Every error response of the API has this body. */
export class ErrorBody {
  statusCode!: number;
  /** Stable code the web words (`ERROR_CODES` unless the refusal names a more precise one). */
  code!: string;
  error!: string;
  message!: string;
  errors?: FieldError[];
}

/**
 * The largest value of a PostgreSQL `integer` column. Whole numbers in requests that end up in
 * such a column are bounded by it, so that a huge number is the client's error, not the database's.
 */
export const MAX_INTEGER_COLUMN = 2_147_483_647;

/** The code of an error body by its status, when the refusal names no more precise one. */
export const ERROR_CODES: Readonly<Record<number, string>> = {
  400: 'request.invalid',
  401: 'auth.required',
  403: 'access.denied',
  404: 'not-found',
  409: 'conflict',
  413: 'request.too-large',
  415: 'request.unsupported-media-type',
  429: 'rate-limited',
  500: 'internal',
  503: 'unavailable',
};

/**
 * Certifying was refused because the trainee holds no valid certificate of a course the
 * course requires (single certify; a cohort job's trainee fails with `prerequisite-missing`).
 */
export const CERTIFY_PREREQUISITE_MISSING = 'certify.prerequisite-missing';

/** The refusal (409) of certifying a trainee who already holds a valid certificate of the course version. */
export const CERTIFY_ALREADY_CERTIFIED = 'certify.already-certified';

/** `maxLength` → `field.max-length`; a rule that already names its area (`json.depth`) is its own code. */
export function fieldErrorCode(rule: string): string {
  return rule.includes('.') ? rule : `field.${rule.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
}
