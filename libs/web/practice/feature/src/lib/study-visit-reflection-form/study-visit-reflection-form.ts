import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { applyEach, form, maxLength, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { StudyVisitDto } from '@peer/contract';
import { StudyVisitsService } from '@peer/web/practice/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { FORMAT } from '@peer/web/shared/util';

/**
 * The trainee's reflection on a confirmed study visit: one answer per question, each textarea
 * labelled with its question and reminding not to write about anyone who could be recognised.
 */
@Component({
  selector: 'peer-study-visit-reflection-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView, FORMAT],
  template: `
    <form class="form" novalidate [attr.aria-labelledby]="id('heading')" (submit)="onSubmit($event)">
      <p class="label" [id]="id('heading')">{{ 'practice.studyVisits.reflection.heading' | translate }}</p>
      <p class="field-hint">{{ 'practice.studyVisits.reflection.intro' | translate }}</p>
      @for (question of visit().questions; track $index; let i = $index) {
        <peer-text-field
          [field]="reflectionForm.answers[i]"
          [inputId]="id('answer-' + i)"
          [labelText]="question | text"
          name="answer"
          [hints]="['privacy.reminder']"
          [rows]="4"
        />
      }
      <peer-form-message [message]="message()" />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" [disabled]="reflectionForm().submitting()" [attr.aria-busy]="reflectionForm().submitting()">
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
  protected readonly message = signal<FormMessage | null>(null);

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
    const answers = this.model().answers.map((answer) => answer.trim());
    const sent = await submitWithApiErrors(this.reflectionForm, {
      send: () => this.studyVisits.reflect(this.visit().id, answers),
      fields: Object.fromEntries(answers.map((_, i) => [`answers.${i}`, this.reflectionForm.answers[i]])),
      message: this.message,
    });
    if (sent) this.saved.emit(sent.value);
  }
}
