import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { applyEach, form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { StudyVisitDto } from '@peer/contract';
import { FORMAT } from '@peer/web/cohorts/feature';
import { StudyVisitsService } from '@peer/web/practice/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';

/**
 * The trainee's reflection on a confirmed study visit: one answer per question, each textarea
 * labelled with its question and reminding not to write about anyone who could be recognised.
 */
@Component({
  selector: 'peer-study-visit-reflection-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT],
  template: `
    <form class="form" novalidate [attr.aria-labelledby]="id('heading')" (submit)="onSubmit($event)">
      <p class="label" [id]="id('heading')">{{ 'practice.studyVisits.reflection.heading' | translate }}</p>
      <p class="field-hint">{{ 'practice.studyVisits.reflection.intro' | translate }}</p>
      @for (question of visit().questions; track $index; let i = $index) {
        <div class="field">
          <label [for]="id('answer-' + i)">{{ question | text }}</label>
          <textarea
            rows="4"
            [id]="id('answer-' + i)"
            [attr.aria-describedby]="id('privacy-' + i) + ' ' + id('errors-' + i)"
            [formField]="reflectionForm.answers[i]"
            [attr.aria-invalid]="reflectionForm.answers[i]().touched() && reflectionForm.answers[i]().invalid()"
          ></textarea>
          <p class="field-hint privacy-hint" [id]="id('privacy-' + i)">{{ 'privacy.reminder' | translate }}</p>
          <peer-field-errors [id]="id('errors-' + i)" name="answer" [field]="reflectionForm.answers[i]" />
        </div>
      }
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
          {{ 'practice.studyVisits.reflection.submit' | translate }}<span class="visually-hidden">: {{ visit().unitName }}</span>
        </button>
        @if (cancellable()) {
          <button type="button" class="btn btn-secondary" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    .label {
      margin: 0;
      font-weight: 700;
    }
    .privacy-hint {
      color: var(--color-warning);
      font-weight: 600;
    }
  `,
})
export class StudyVisitReflectionForm implements OnInit {
  private readonly studyVisits = inject(StudyVisitsService);

  readonly visit = input.required<StudyVisitDto>();
  /** Offer "Cancel" (when changing a reflection already handed in). */
  readonly cancellable = input(false);
  readonly saved = output<StudyVisitDto>();
  readonly cancelled = output<void>();

  private readonly model = signal<{ answers: string[] }>({ answers: [] });
  protected readonly reflectionForm = form(this.model, (path) => {
    applyEach(path.answers, (answer) => {
      required(answer);
      maxLength(answer, 3000);
    });
  });
  protected readonly feedback = signal<FormFeedback | null>(null);

  ngOnInit(): void {
    // One answer per question, starting from what was handed in before (e.g. after a return).
    const { questions, answers } = this.visit();
    this.model.set({ answers: questions.map((_, index) => answers?.[index] ?? '') });
  }

  protected id(part: string): string {
    return `visit-${this.visit().id}-${part}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let visit: StudyVisitDto | undefined;
    await submit(this.reflectionForm, {
      action: async () => {
        try {
          visit = await this.studyVisits.reflect(
            this.visit().id,
            this.model().answers.map((answer) => answer.trim()),
          );
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, {});
          const feedback = formFeedback(apiError, mapped);
          this.feedback.set(apiError.status === 409 ? { ...feedback, details: [apiError.message] } : feedback);
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (visit) this.saved.emit(visit);
    else focusFirstInvalid(this.reflectionForm);
  }
}
