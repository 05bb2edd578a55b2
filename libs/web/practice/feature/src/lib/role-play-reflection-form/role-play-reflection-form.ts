import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { RolePlayAttemptDto } from '@peer/contract';
import { RolePlaysService } from '@peer/web/practice/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

/** The trainee's reflection on one role-play attempt, before or after it is signed. */
@Component({
  selector: 'peer-role-play-reflection-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <div class="field">
        <label [for]="id('text')">
          {{ 'practice.myRolePlays.reflection' | translate }}<span class="visually-hidden">: {{ context() }}</span>
        </label>
        <textarea
          #textInput
          rows="4"
          [id]="id('text')"
          [attr.aria-describedby]="id('privacy') + ' ' + id('errors')"
          [formField]="reflectionForm.text"
          [attr.aria-invalid]="reflectionForm.text().touched() && reflectionForm.text().invalid()"
        ></textarea>
        <p class="field-hint privacy-hint" [id]="id('privacy')">{{ 'privacy.reminder' | translate }}</p>
        <peer-field-errors [id]="id('errors')" name="reflection" [field]="reflectionForm.text" />
      </div>
      <div role="alert">
        @if (feedback(); as message) {
          <div class="alert alert-error">
            <p>{{ message.key | translate }}</p>
            @for (detail of message.details; track $index) {
              <p lang="en">{{ detail }}</p>
            }
          </div>
        }
      </div>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" [attr.aria-busy]="reflectionForm().submitting()">
          {{ 'practice.myRolePlays.send' | translate }}
        </button>
        <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin-top: var(--space-3);
    }
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
  `,
})
export class RolePlayReflectionForm {
  private readonly rolePlays = inject(RolePlaysService);

  readonly attempt = input.required<RolePlayAttemptDto>();
  /** Names the attempt for screen readers, e.g. "En gränsfråga, försök 2". */
  readonly context = input('');
  readonly saved = output<RolePlayAttemptDto>();
  readonly cancelled = output<void>();

  private readonly model = signal({ text: '' });
  protected readonly reflectionForm = form(this.model, (path) => {
    required(path.text);
    maxLength(path.text, 2000);
  });
  protected readonly feedback = signal<FormFeedback | null>(null);
  private readonly textInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('textInput');

  constructor() {
    afterNextRender(() => this.textInput().nativeElement.focus());
  }

  protected id(part: string): string {
    return `reflection-${this.attempt().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let attempt: RolePlayAttemptDto | undefined;
    await submit(this.reflectionForm, {
      action: async () => {
        try {
          attempt = await this.rolePlays.reflect(this.attempt().id, this.model().text.trim());
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { text: this.reflectionForm.text });
          this.feedback.set(formFeedback(apiError, mapped));
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (attempt) this.saved.emit(attempt);
    else focusFirstInvalid(this.reflectionForm);
  }
}
