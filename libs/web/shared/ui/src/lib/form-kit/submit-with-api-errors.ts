import type { WritableSignal } from '@angular/core';
import { type FieldTree, submit } from '@angular/forms/signals';
import type { FieldError } from '@peer/contract';
import { type ApiError, csvLineOf, errorMessageKey, fieldErrorKeys, type FieldsByApiName, focusFirstInvalid, isRefusalCode, mapFieldErrors, toApiError } from '@peer/web/shared/util';
import type { FormMessage, FormMessageItem } from './form-message';

/** How one form sends itself. */
export interface ApiSubmitOptions<T> {
  /** Calls the API with the form's values (read them from the model). */
  readonly send: () => Promise<T>;
  /** The form's fields by the name the API gives them in `errors[].field`. */
  readonly fields?: FieldsByApiName;
  /** Where the form-level message goes; cleared on every attempt. */
  readonly message: WritableSignal<FormMessage | null>;
  /** Translation keys of refusals that mean something special on this form, by the API's code or by status. */
  readonly refusals?: Readonly<Record<string | number, string>>;
  /** The API's rules under the names the form's texts use (`validation.fields.<field>.<kind>`), e.g. a dotted rule. */
  readonly ruleKinds?: Readonly<Record<string, string>>;
}

/** What a successful submission answered; `null` when it failed (the form shows why and keeps every value). */
export type Sent<T> = { readonly value: T } | null;

export const CHECK_FIELDS_MESSAGE: FormMessage = { key: 'errors.checkFields' };

/**
 * Submits a signal form: marks it submitting (bind the button's `disabled`/`aria-busy` to
 * `form().submitting()`), sends it when valid, and on an API error puts each field error on its
 * control and the form-level message (by the API's code, never its English message) in `message`.
 * Nothing is reset: what the user typed stays for her to correct. Focus goes to the first invalid control.
 */
export async function submitWithApiErrors<T>(form: FieldTree<unknown>, options: ApiSubmitOptions<T>): Promise<Sent<T>> {
  options.message.set(null);
  let sent: Sent<T> = null;
  await submit(form, {
    action: async () => {
      try {
        sent = { value: await options.send() };
        return undefined;
      } catch (error) {
        const apiError = toApiError(error);
        const kinds = options.ruleKinds ?? {};
        const mapped = mapFieldErrors(
          apiError.fieldErrors.map((e) => ({ ...e, rule: kinds[e.rule] ?? e.rule })),
          options.fields ?? {},
        );
        options.message.set(apiErrorMessage(apiError, mapped.unmapped, mapped.errors.length, options.refusals));
        return mapped.errors;
      }
    },
    onInvalid: () => options.message.set(CHECK_FIELDS_MESSAGE),
  });
  if (!sent) focusFirstInvalid(form);
  return sent;
}

/**
 * The form-level message of a failed submission: this form's word for the refusal's code, else the
 * API's precise code, else this form's word for the status, else "check the fields" when fields
 * were named, else the status. Field
 * errors the form does not show become its lines (with their CSV line when they name one).
 */
export function apiErrorMessage(
  apiError: ApiError,
  unmapped: readonly FieldError[] = apiError.fieldErrors,
  mappedCount = 0,
  refusals: Readonly<Record<string | number, string>> = {},
): FormMessage {
  const items = unmapped.map(fieldErrorItem);
  const byCode = apiError.code ? refusals[apiError.code] : undefined;
  if (byCode) return { key: byCode, items };
  if (isRefusalCode(apiError.code)) return { key: errorMessageKey(apiError), items };
  const byStatus = refusals[apiError.status];
  if (byStatus) return { key: byStatus, items };
  const fieldsNamed = mappedCount > 0 || unmapped.length > 0;
  return { key: fieldsNamed ? 'errors.checkFields' : errorMessageKey(apiError), items };
}

/** One field error as a line of the form's message. */
export function fieldErrorItem(error: FieldError): FormMessageItem {
  const line = csvLineOf(error);
  return { keys: fieldErrorKeys(error), ...(line === null ? {} : { prefix: { key: 'errors.line', params: { line } } }) };
}
