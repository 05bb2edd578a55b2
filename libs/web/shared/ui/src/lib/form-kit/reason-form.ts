import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { form, maxLength, minLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import { FormMessage, FormMessageView } from './form-message';
import { submitWithApiErrors } from './submit-with-api-errors';
import { TextField } from './text-field';

/**
 * A form of one text (a reason, a comment, a reflection) with a submit and a cancel button.
 * `send` gets the trimmed text and calls the API; the form keeps the text when it fails and
 * shows why. Texts are translation keys.
 */
@Component({
  selector: 'peer-reason-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <peer-text-field
        [field]="reasonForm.text"
        [inputId]="idPrefix() + '-' + name()"
        [label]="label()"
        [labelContext]="labelContext()"
        [name]="name()"
        [hints]="hints()"
        [rows]="rows()"
        [params]="{ min: minLength() ?? 0, max: maxLength() }"
      />
      <ng-content />
      <peer-form-message [message]="message()" />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary btn-large" [disabled]="reasonForm().submitting()" [attr.aria-busy]="reasonForm().submitting()">
          {{ submitLabel() | translate }}
          @if (submitContext()) {
            <span class="visually-hidden">: {{ submitContext() }}</span>
          }
        </button>
        <button type="button" class="btn btn-secondary btn-large" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .btn-large {
      min-height: 3.25rem;
    }
  `,
})
export class ReasonForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Makes the ids of this form unique on its page. */
  readonly idPrefix = input.required<string>();
  readonly label = input.required<string>();
  /** Said to screen readers after the label. */
  readonly labelContext = input<string>('');
  /** Hints under the text (translation keys), e.g. the privacy reminder. */
  readonly hints = input<readonly string[]>([]);
  readonly submitLabel = input.required<string>();
  /** Said to screen readers after the submit label, e.g. whose visit it is. */
  readonly submitContext = input<string>('');
  /** The field's name in the error texts (`validation.fields.<name>.*`). */
  readonly name = input<string>('reason');
  /** The API's name of the field in `errors[].field`, when it differs from `name`. */
  readonly apiField = input<string | null>(null);
  readonly rows = input<number>(3);
  readonly minLength = input<number | null>(null);
  readonly maxLength = input.required<number>();
  /** Translation keys of refusals that mean something special here, by the API's code or status. */
  readonly refusals = input<Readonly<Record<string | number, string>>>({});
  /** Calls the API with the trimmed text; the caller reads its answer. */
  readonly send = input.required<(text: string) => Promise<unknown>>();
  readonly sent = output<void>();
  readonly cancelled = output<void>();

  private readonly model = signal({ text: '' });
  protected readonly reasonForm = form(this.model, (path) => {
    required(path.text);
    validate(path.text, ({ value }) => (value() && !value().trim() ? { kind: 'required' } : undefined));
    minLength(path.text, () => this.minLength() ?? undefined);
    maxLength(path.text, () => this.maxLength());
  });
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLTextAreaElement>('textarea')?.focus());
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const sent = await submitWithApiErrors(this.reasonForm, {
      send: () => this.send()(this.model().text.trim()),
      fields: { [this.apiField() ?? this.name()]: this.reasonForm.text },
      message: this.message,
      refusals: this.refusals(),
    });
    if (sent) this.sent.emit();
  }
}
