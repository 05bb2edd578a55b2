import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

/** One line under a form's message: the first of `keys` that has a text, or a text in both languages. */
export interface FormMessageItem {
  readonly keys?: readonly string[];
  readonly params?: Readonly<Record<string, string | number>>;
  /** A text the API gives in both languages (e.g. an unmet requirement's explanation). */
  readonly text?: { readonly sv: string; readonly en: string };
  /** Put before the line, e.g. "Rad 3". */
  readonly prefix?: { readonly key: string; readonly params?: Readonly<Record<string, string | number>> };
}

/** A message about a whole form, worded by the web: a translation key and the lines under it. */
export interface FormMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly items?: readonly FormMessageItem[];
}

/** The message of a form after a failed submission, announced to screen readers; re-worded when the language changes. */
@Component({
  selector: 'peer-form-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert">
      @if (lines(); as lines) {
        <div class="alert alert-error">
          <p>{{ lines.message }}</p>
          @if (lines.items.length > 0) {
            <ul class="form-message-items">
              @for (item of lines.items; track $index) {
                <li>{{ item }}</li>
              }
            </ul>
          }
        </div>
      }
    </div>
  `,
})
export class FormMessageView {
  private readonly translate = inject(TranslateService);

  readonly message = input.required<FormMessage | null>();

  protected readonly lines = computed(() => {
    const message = this.message();
    const language = this.translate.currentLang();
    if (!message) return null;
    const items = (message.items ?? []).map((item) => {
      const prefix = item.prefix ? `${this.text([item.prefix.key], item.prefix.params ?? {})}: ` : '';
      const body = item.text ? (language === 'en' ? item.text.en : item.text.sv) : this.text(item.keys ?? [], item.params ?? {});
      return prefix + body;
    });
    return { message: this.text([message.key], message.params ?? {}), items };
  });

  private text(keys: readonly string[], params: object): string {
    for (const key of keys) {
      const text: unknown = this.translate.instant(key, params);
      if (typeof text === 'string' && text !== key) return text;
    }
    return String(this.translate.instant('validation.invalid'));
  }
}
