import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CourseDaySlotDto } from '@peer/contract';
import type { Text } from '@peer/curriculum/model';
import { FORMAT } from '@peer/web/shared/util';
import { ScheduleDayForm } from './schedule-day-form';

/** One curriculum day of a cohort, scheduled or not. */
export interface ScheduleDayRow {
  readonly dayNumber: number;
  /** The curriculum's title of the day; null while unknown. */
  readonly title: Text | null;
  readonly slot: CourseDaySlotDto | null;
}

/** Every curriculum day with its date, time and place; schedules or moves one day at a time. */
@Component({
  selector: 'peer-schedule-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, ScheduleDayForm],
  templateUrl: './schedule-section.html',
  styleUrl: './schedule-section.css',
})
export class ScheduleSection {
  readonly cohortId = input.required<string>();
  readonly days = input.required<readonly ScheduleDayRow[]>();
  readonly scheduled = output<CourseDaySlotDto>();

  /** The day whose form is open. */
  protected readonly editing = signal<number | null>(null);
  /** The day just saved, for the status message. */
  protected readonly saved = signal<CourseDaySlotDto | null>(null);

  protected edit(dayNumber: number): void {
    this.saved.set(null);
    this.editing.set(dayNumber);
  }

  protected onSaved(slot: CourseDaySlotDto): void {
    this.editing.set(null);
    this.saved.set(slot);
    this.scheduled.emit(slot);
  }
}
