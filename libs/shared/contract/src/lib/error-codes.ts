import { USER_ERROR_CODES } from './accounts';
import { RENEWAL_REFUSALS, SHARE_LINK_NOT_SHAREABLE } from './certificates';
import { CERTIFY_ALREADY_CERTIFIED, CERTIFY_PREREQUISITE_MISSING } from './errors';
import { MAKE_UP_ERROR_CODES } from './make-ups';
import { STUDY_VISIT_ERROR_CODES } from './practice';

/**
 * Every `code` an error body of the API can carry, and every `code` of its field errors.
 * The web words each one; an API test fails when the API can answer with a code missing here.
 */

/** The codes of `ERROR_CODES`: a refusal that names no more precise one. */
export const STATUS_ERROR_CODES = [
  'request.invalid',
  'auth.required',
  'access.denied',
  'not-found',
  'conflict',
  'request.too-large',
  'request.unsupported-media-type',
  'rate-limited',
  'internal',
  'unavailable',
] as const;

/** Refusals with their own code, whatever field they name. */
export const REFUSAL_ERROR_CODES = [
  ...USER_ERROR_CODES,
  ...MAKE_UP_ERROR_CODES,
  ...STUDY_VISIT_ERROR_CODES,
  CERTIFY_ALREADY_CERTIFIED,
  CERTIFY_PREREQUISITE_MISSING,
  RENEWAL_REFUSALS.notRenewable,
  RENEWAL_REFUSALS.notCurrent,
  RENEWAL_REFUSALS.requirementsUnmet,
  SHARE_LINK_NOT_SHAREABLE,
  'enrolment.enrolled',
  'enrolment.invited',
  'verify.unavailable',
  'issuer.key-secret-missing',
  'issuer.key-secret-mismatch',
] as const;

/**
 * Field codes: rules that name their area (`json.depth`) are their own code; every other rule
 * becomes `field.<rule in kebab case>` (`fieldErrorCode`), from the request classes' checks
 * (class-validator) and the services' own rules.
 */
export const FIELD_ERROR_CODES = [
  // Rules that are their own code.
  'json.depth',
  'string.invalid-characters',
  'hostEmail.domain-not-allowed',
  'mail.limit-visit',
  'mail.limit-trainee',
  'mail.limit-recipient',
  // The request classes' checks.
  'field.unknown-field',
  'field.unknown-value',
  'field.is-object',
  'field.nested-validation',
  'field.array-max-size',
  'field.array-min-size',
  'field.array-unique',
  'field.equals',
  'field.is-array',
  'field.is-boolean',
  'field.is-date-string',
  'field.is-email',
  'field.is-in',
  'field.is-int',
  'field.is-number',
  'field.is-string',
  'field.is-uuid',
  'field.is-length',
  'field.matches',
  'field.max',
  'field.max-length',
  'field.min',
  'field.min-length',
  'field.is-iso8601',
  'field.is-url',
  'field.personal-identity-number',
  'field.logo-size',
  'field.logo-type',
  'field.logo-dimensions',
  // The services' own rules.
  'field.after-start',
  'field.all-marked',
  'field.all-shown',
  'field.calendar-date',
  'field.count',
  'field.course-leader',
  'field.csv-syntax',
  'field.curriculum',
  'field.differs-from-current',
  'field.duplicate',
  'field.empty',
  'field.enrolled',
  'field.future',
  'field.header',
  'field.host-day',
  'field.in-course',
  'field.in-rubric',
  'field.invited',
  'field.length',
  'field.matches-current',
  'field.matches-requirement',
  'field.member',
  'field.not-before-from',
  'field.published',
  'field.trainee',
  'field.unique',
  // Rules of refusals that name their own code (kept, so that a field error without it is worded too).
  'field.leads-cohorts',
  'field.supervises-groups',
  'field.training-record',
  'field.not-certified',
  'field.renewable',
  // An unmet requirement of a refused certification (its state).
  'field.pending',
  'field.failed',
] as const;

/** The whole catalogue. */
export const API_ERROR_CODES = [...STATUS_ERROR_CODES, ...REFUSAL_ERROR_CODES, ...FIELD_ERROR_CODES] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const CATALOGUE: ReadonlySet<string> = new Set(API_ERROR_CODES);

/** True when `code` is in the catalogue. */
export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && CATALOGUE.has(code);
}
