import type { FieldTree, ValidationError } from '@angular/forms/signals';
import type { FieldError } from '@peer/contract';
import { ApiError, errorMessageKey } from './api-error';

/** Fields of a signal form, by the name the API uses for them in `errors[].field`. */
export type FieldsByApiName = Readonly<Record<string, FieldTree<unknown> | FieldTree<string> | undefined>>;

export interface MappedFieldErrors {
  /** Submission errors to return from a signal-forms `submit()` action. */
  readonly errors: ValidationError.WithOptionalFieldTree[];
  /** Errors naming a field the form does not show; display them at form level. */
  readonly unmapped: readonly FieldError[];
}

/**
 * Turns the API's field errors into signal-forms submission errors, so each message
 * shows next to its field. The rule becomes the error kind, which picks the translated
 * message; the API's own (English) message is never shown.
 */
export function mapFieldErrors(fieldErrors: readonly FieldError[], fields: FieldsByApiName): MappedFieldErrors {
  const errors: ValidationError.WithOptionalFieldTree[] = [];
  const unmapped: FieldError[] = [];
  for (const error of fieldErrors) {
    const fieldTree = fields[error.field];
    if (fieldTree) {
      errors.push({ kind: error.rule, fieldTree: fieldTree as FieldTree<unknown> });
    } else {
      unmapped.push(error);
    }
  }
  return { errors, unmapped };
}

/** Moves focus to the first control of the form that shows an error. */
export function focusFirstInvalid(form: FieldTree<unknown>): void {
  const [first] = form().errorSummary();
  first?.fieldTree().focusBoundControl();
}

/** A message about the whole form: a translation key, plus API messages it could not place. */
export interface FormFeedback {
  readonly key: string;
  readonly details: readonly string[];
}

/**
 * The form-level message after a failed submission: "check the fields" when the API
 * named fields, otherwise a message for the status (`statusKeys` first, then a generic one).
 */
export function formFeedback(
  apiError: ApiError,
  mapped: MappedFieldErrors,
  statusKeys: Readonly<Partial<Record<number, string>>> = {},
): FormFeedback {
  if (mapped.errors.length > 0 || mapped.unmapped.length > 0) {
    return { key: 'errors.checkFields', details: mapped.unmapped.map((error) => error.message) };
  }
  return { key: statusKeys[apiError.status] ?? errorMessageKey(apiError), details: [] };
}

/** The form-level message when the form is submitted with invalid fields. */
export const CHECK_FIELDS: FormFeedback = { key: 'errors.checkFields', details: [] };
