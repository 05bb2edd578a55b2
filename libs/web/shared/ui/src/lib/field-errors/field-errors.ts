import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ValidationError } from '@angular/forms/signals';
import { TranslateService } from '@ngx-translate/core';
import { fieldErrorCode } from '@peer/contract';

/** The part of a signal-forms field state this component reads. */
export interface FieldErrorsSource {
  touched(): boolean;
  errors(): readonly ValidationError[];
}

/**
 * Messages for one form field, shown once the field was touched or the form submitted.
 * Give the host an `id` and point the control's `aria-describedby` at it.
 *
 * A message is looked up as `validation.fields.<name>.<kind>`, then `validation.rules.<kind>`, then
 * the API's code for that rule (`errors.codes.<code>`); the error's own message is the fallback. `params` and the error's numeric
 * and string properties (e.g. `minLength`) are available as interpolation parameters.
 */
@Component({
  selector: 'peer-field-errors',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field-errors' },
  template: `
    @for (message of messages(); track $index) {
      <p class="field-error">{{ message }}</p>
    }
  `,
})
export class FieldErrors {
  private readonly translate = inject(TranslateService);

  /** The field, e.g. `loginForm.email`. */
  readonly field = input.required<() => FieldErrorsSource>();
  /** The field's name in translation keys, e.g. `email`. */
  readonly name = input.required<string>();
  /** Extra interpolation parameters for the messages, e.g. limits the API does not repeat. */
  readonly params = input<Readonly<Record<string, string | number>>>({});

  protected readonly messages = computed(() => {
    const state = this.field()();
    if (!state.touched()) return [];
    // Re-evaluate when the language changes.
    this.translate.currentLang();
    const messages = state.errors().map((error) => this.messageFor(error));
    return [...new Set(messages)];
  });

  private messageFor(error: ValidationError): string {
    const params = { ...this.params(), ...interpolationParams(error) };
    for (const key of [`validation.fields.${this.name()}.${error.kind}`, `validation.rules.${error.kind}`, `errors.codes.${fieldErrorCode(error.kind)}`]) {
      const text: unknown = this.translate.instant(key, params);
      if (typeof text === 'string' && text !== key) return text;
    }
    return error.message ?? String(this.translate.instant('validation.invalid'));
  }
}

function interpolationParams(error: ValidationError): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(error).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1])),
  );
}
