import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyCourseDayDto } from '@peer/contract';
import { MyTrainingService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/** Tells the course leaders in advance that the trainee will miss a course day; the reason is optional. */
@Component({
  selector: 'peer-report-absence-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './report-absence-form.html',
  styles: `
    :host {
      display: block;
      min-width: min(100%, 16rem);
    }
  `,
})
export class ReportAbsenceForm {
  private readonly training = inject(MyTrainingService);

  readonly day = input.required<MyCourseDayDto>();
  /** Id of the element that names the day. */
  readonly describedBy = input<string>();
  readonly reported = output<void>();
  readonly cancelled = output<void>();

  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  private readonly reasonInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('reasonInput');

  constructor() {
    afterNextRender(() => this.reasonInput().nativeElement.focus());
  }

  protected onInput(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await this.training.reportAbsence(this.day().id, this.reason().trim() || undefined);
      this.reported.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const tooLate = apiError.fieldErrors.some((fieldError) => fieldError.field === 'courseDayId' && fieldError.rule === 'future');
      this.errorKey.set(tooLate ? 'training.schedule.tooLate' : errorMessageKey(apiError));
    } finally {
      this.busy.set(false);
    }
  }
}
