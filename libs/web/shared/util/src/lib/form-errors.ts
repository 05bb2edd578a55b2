import type { FieldTree, ValidationError } from '@angular/forms/signals';
import type { FieldError } from '@peer/contract';

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
