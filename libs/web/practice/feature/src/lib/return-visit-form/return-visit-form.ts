import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { StudyVisitDto } from '@peer/contract';
import { StudyVisitsService } from '@peer/web/practice/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

/** Returns a study visit's reflection to the trainee with a comment; the API mails the trainee. */
@Component({
  selector: 'peer-return-visit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors],
  template: `
    <form class="form" novalidate (submit)="onSubmit($event)">
      <div class="field">
        <label [for]="id('comment')">{{ 'practice.queue.comment' | translate }}</label>
        <textarea
          #commentInput
          rows="3"
          [id]="id('comment')"
          [attr.aria-describedby]="id('comment-hint') + ' ' + id('comment-privacy') + ' ' + id('comment-errors')"
          [formField]="returnForm.comment"
          [attr.aria-invalid]="returnForm.comment().touched() && returnForm.comment().invalid()"
        ></textarea>
        <p class="field-hint" [id]="id('comment-hint')">{{ 'practice.queue.commentHint' | translate }}</p>
        <p class="field-hint privacy-hint" [id]="id('comment-privacy')">{{ 'privacy.reminder' | translate }}</p>
        <peer-field-errors [id]="id('comment-errors')" name="comment" [field]="returnForm.comment" />
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
        <button type="submit" class="btn btn-primary btn-large" [attr.aria-busy]="returnForm().submitting()">
          {{ 'practice.queue.return' | translate }}<span class="visually-hidden">: {{ visit().traineeName }}, {{ visit().unitName }}</span>
        </button>
        <button type="button" class="btn btn-secondary btn-large" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin-top: var(--space-4);
    }
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
    .btn-large {
      min-height: 3.25rem;
    }
  `,
})
export class ReturnVisitForm {
  private readonly studyVisits = inject(StudyVisitsService);

  readonly cohortId = input.required<string>();
  readonly visit = input.required<StudyVisitDto>();
  readonly returned = output<StudyVisitDto>();
  readonly cancelled = output<void>();

  private readonly model = signal({ comment: '' });
  protected readonly returnForm = form(this.model, (path) => {
    required(path.comment);
    maxLength(path.comment, 2000);
  });
  protected readonly feedback = signal<FormFeedback | null>(null);
  private readonly commentInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('commentInput');

  constructor() {
    afterNextRender(() => this.commentInput().nativeElement.focus());
  }

  protected id(part: string): string {
    return `return-${this.visit().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let visit: StudyVisitDto | undefined;
    await submit(this.returnForm, {
      action: async () => {
        try {
          visit = await this.studyVisits.returnToTrainee(this.cohortId(), this.visit().id, this.model().comment.trim());
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { comment: this.returnForm.comment });
          const feedback = formFeedback(apiError, mapped, { 409: 'practice.queue.refused' });
          this.feedback.set(apiError.status === 409 ? { ...feedback, details: [apiError.message] } : feedback);
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (visit) this.returned.emit(visit);
    else focusFirstInvalid(this.returnForm);
  }
}
