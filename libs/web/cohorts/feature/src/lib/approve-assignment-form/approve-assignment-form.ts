import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { form, FormField, maxLength, required } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { OpenMakeUp } from '@peer/progress';
import { AttendanceService } from '@peer/web/cohorts/data-access';
import { FieldErrors, FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';
import { FORMAT } from '@peer/web/shared/util';

/** Approves a compensatory assignment for one absent day, with a note on what was handed in. */
@Component({
  selector: 'peer-approve-assignment-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormField, TranslatePipe, FieldErrors, FORMAT, TextField, FormMessageView],
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
  protected readonly message = signal<FormMessage | null>(null);

  constructor() {
    // Keep the chosen day among the open ones.
    effect(() => {
      const days = this.openMakeUps().map((makeUp) => String(makeUp.dayNumber));
      if (!days.includes(this.approveForm.dayNumber().value())) this.approveForm.dayNumber().value.set(days[0] ?? '');
    });
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const dayNumber = Number(this.model().dayNumber);
    const note = this.model().note.trim();
    const sent = await submitWithApiErrors(this.approveForm, {
      send: () => this.attendance.approveAssignment(this.cohortId(), this.enrolmentId(), dayNumber, note),
      fields: { dayNumber: this.approveForm.dayNumber, note: this.approveForm.note },
      message: this.message,
      refusals: { 409: 'cohorts.approve.conflict' },
    });
    if (sent) {
      this.approveForm().reset({ dayNumber: '', note: '' });
      this.approved.emit(dayNumber);
    }
  }
}
