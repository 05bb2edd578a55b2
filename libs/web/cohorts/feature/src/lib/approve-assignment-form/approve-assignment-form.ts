import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { form, FormField, maxLength, required, submit } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { OpenMakeUp } from '@peer/progress';
import { AttendanceService } from '@peer/web/cohorts/data-access';
import { FieldErrors } from '@peer/web/shared/ui';
import { CHECK_FIELDS, focusFirstInvalid, FormFeedback, formFeedback, mapFieldErrors, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '../format/format';

/** Approves a compensatory assignment for one absent day, with a note on what was handed in. */
@Component({
  selector: 'peer-approve-assignment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT],
  templateUrl: './approve-assignment-form.html',
})
export class ApproveAssignmentForm {
  private readonly attendance = inject(AttendanceService);

  readonly cohortId = input.required<string>();
  readonly enrolmentId = input.required<string>();
  readonly openMakeUps = input.required<readonly OpenMakeUp[]>();
  /** The day number that was made up. */
  readonly approved = output<number>();

  private readonly model = signal({ dayNumber: '', note: '' });
  protected readonly approveForm = form(this.model, (path) => {
    required(path.dayNumber);
    required(path.note);
    maxLength(path.note, 1000);
  });
  protected readonly feedback = signal<FormFeedback | null>(null);

  constructor() {
    // Keep the chosen day among the open ones.
    effect(() => {
      const days = this.openMakeUps().map((makeUp) => String(makeUp.dayNumber));
      if (!days.includes(this.approveForm.dayNumber().value())) this.approveForm.dayNumber().value.set(days[0] ?? '');
    });
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    this.feedback.set(null);
    let done: number | undefined;
    await submit(this.approveForm, {
      action: async () => {
        const dayNumber = Number(this.model().dayNumber);
        try {
          await this.attendance.approveAssignment(this.cohortId(), this.enrolmentId(), dayNumber, this.model().note.trim());
          done = dayNumber;
          return undefined;
        } catch (error) {
          const apiError = toApiError(error);
          const mapped = mapFieldErrors(apiError.fieldErrors, { dayNumber: this.approveForm.dayNumber, note: this.approveForm.note });
          const feedback = formFeedback(apiError, mapped, { 409: 'cohorts.approve.conflict' });
          // A conflict names the reason (e.g. the course allows no assignments) only in the API's message.
          this.feedback.set(apiError.status === 409 ? { ...feedback, details: [apiError.message] } : feedback);
          return mapped.errors;
        }
      },
      onInvalid: () => this.feedback.set(CHECK_FIELDS),
    });
    if (done !== undefined) {
      this.approveForm().reset({ dayNumber: '', note: '' });
      this.approved.emit(done);
    } else {
      focusFirstInvalid(this.approveForm);
    }
  }
}
