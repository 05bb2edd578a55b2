import { afterNextRender, ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { form, maxLength, required, validate } from '@angular/forms/signals';
import { TranslatePipe } from '@ngx-translate/core';
import type { CourseDaySlotDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { FormMessage, FormMessageView, submitWithApiErrors, TextField } from '@peer/web/shared/ui';

interface DayModel {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** Date, times and place of one course day; saving schedules the day or moves it. */
@Component({
  selector: 'peer-schedule-day-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TextField, FormMessageView],
  templateUrl: './schedule-day-form.html',
  styles: `
    :host {
      display: block;
      margin-top: var(--space-3);
      padding-top: var(--space-3);
      border-top: 1px solid var(--color-border);
    }
    .day-fields {
      display: grid;
      gap: var(--space-3);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    }
  `,
})
export class ScheduleDayForm {
  private readonly cohorts = inject(CohortsService);

  readonly cohortId = input.required<string>();
  readonly dayNumber = input.required<number>();
  /** The current slot when the day is already scheduled. */
  readonly slot = input<CourseDaySlotDto | null>(null);
  readonly saved = output<CourseDaySlotDto>();
  readonly cancelled = output<void>();

  private readonly model = signal<DayModel>({ date: '', startTime: '09:00', endTime: '16:00', place: '' });
  protected readonly dayForm = form(this.model, (path) => {
    required(path.date);
    required(path.startTime);
    required(path.endTime);
    validate(path.endTime, ({ value, valueOf }) => {
      const start = valueOf(path.startTime);
      return value() && start && value() <= start ? { kind: 'afterStart' } : undefined;
    });
    required(path.place);
    maxLength(path.place, 200);
  });
  protected readonly message = signal<FormMessage | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterNextRender(() => {
      const slot = this.slot();
      if (slot) this.model.set({ date: slot.date, startTime: slot.startTime, endTime: slot.endTime, place: slot.place });
      this.host.nativeElement.querySelector<HTMLInputElement>('input')?.focus();
    });
  }

  protected id(field: string): string {
    return `day-${this.dayNumber()}-${field}`;
  }

  protected async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const { date, startTime, endTime, place } = this.model();
    const sent = await submitWithApiErrors(this.dayForm, {
      send: () => this.cohorts.scheduleDay(this.cohortId(), this.dayNumber(), { date, startTime, endTime, place: place.trim() }),
      fields: { date: this.dayForm.date, startTime: this.dayForm.startTime, endTime: this.dayForm.endTime, place: this.dayForm.place },
      message: this.message,
    });
    if (sent) this.saved.emit(sent.value);
  }
}
