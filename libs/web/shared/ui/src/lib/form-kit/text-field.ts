import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import { FieldErrors } from '../field-errors/field-errors';

/**
 * One labelled text control of a signal form, with its hints and error messages: the control's
 * `aria-describedby` names the hints and the messages, `aria-invalid` says when it has an error.
 * `label` and `hints` are translation keys; `name` picks the error texts (`validation.fields.<name>.*`).
 */
@Component({
  selector: 'peer-text-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  host: { class: 'field' },
  template: `
    <label [for]="inputId()"
      >{{ labelText() ?? (label() | translate) }}@if (labelContext()) {<span class="visually-hidden">: {{ labelContext() }}</span>}</label
    >
    @if (rows(); as rows) {
      <textarea
        [rows]="rows"
        [id]="inputId()"
        [attr.autocomplete]="autocomplete()"
        [attr.aria-describedby]="describedByIds()"
        [attr.aria-invalid]="invalid()"
        [formField]="field()"
      ></textarea>
    } @else {
      <input
        [type]="type()"
        [id]="inputId()"
        [attr.autocomplete]="autocomplete()"
        [attr.inputmode]="inputmode()"
        [attr.spellcheck]="type() === 'email' ? 'false' : null"
        [attr.aria-describedby]="describedByIds()"
        [attr.aria-invalid]="invalid()"
        [formField]="field()"
      />
    }
    @for (hint of hints(); track hint; let i = $index) {
      <p class="field-hint" [class.privacy-hint]="hint === privacyKey" [id]="inputId() + '-hint-' + i">{{ hint | translate: params() }}</p>
    }
    <peer-field-errors [id]="inputId() + '-errors'" [name]="name()" [field]="field()" [params]="params()" />
  `,
  styles: `
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
  `,
})
export class TextField {
  /** The key of the privacy reminder; a hint with it is shown as a warning. */
  protected readonly privacyKey = 'privacy.reminder';

  readonly field = input.required<FieldTree<string>>();
  /** The control's id; hints and messages get ids derived from it. */
  readonly inputId = input.required<string>();
  /** The label's translation key. */
  readonly label = input<string>('');
  /** A label already in the user's language (e.g. a question of the curriculum), instead of `label`. */
  readonly labelText = input<string | null>(null);
  /** Said to screen readers after the label, e.g. which attempt the text is about. */
  readonly labelContext = input<string>('');
  /** The field's name in `validation.fields.<name>.<rule>`. */
  readonly name = input.required<string>();
  readonly hints = input<readonly string[]>([]);
  readonly type = input<'text' | 'email' | 'password' | 'date' | 'time' | 'number'>('text');
  readonly autocomplete = input<string | null>(null);
  readonly inputmode = input<string | null>(null);
  /** A textarea of that many rows instead of a one-line input. */
  readonly rows = input<number | null>(null);
  /** Interpolation parameters of the hints and error texts. */
  readonly params = input<Readonly<Record<string, string | number>>>({});

  /** Ids of further elements that describe the control, e.g. a note above the whole form. */
  readonly describedBy = input<string>('');

  protected readonly describedByIds = computed(() =>
    [this.describedBy(), ...this.hints().map((_, i) => `${this.inputId()}-hint-${i}`), `${this.inputId()}-errors`].filter(Boolean).join(' '),
  );
  protected readonly invalid = computed(() => {
    const state = this.field()();
    return state.touched() && state.invalid();
  });
}
