import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyCourseDayDto, MyEnrolmentDto } from '@peer/contract';
import { todayInStockholm } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { MakeUpRequest } from '../make-up-request/make-up-request';
import { ReportAbsenceForm } from '../report-absence-form/report-absence-form';

/** One of the trainee's cohorts on the schedule page: days to make up, the course days with their attendance, absence reporting. */
@Component({
  selector: 'peer-enrolment-schedule',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, ReportAbsenceForm, MakeUpRequest],
  templateUrl: './enrolment-schedule.html',
  styleUrl: '../enrolment-view/enrolment-view.css',
})
export class EnrolmentSchedule {
  readonly enrolment = input.required<MyEnrolmentDto>();
  /** Something was reported: the page reloads. */
  readonly changed = output<void>();

  /** Read once per view: the schedule does not need to turn over at midnight. */
  protected readonly today = todayInStockholm();
  protected readonly idPrefix = computed(() => `enrolment-${this.enrolment().enrolmentId}`);
  protected readonly days = computed(() => [...this.enrolment().days].sort((a, b) => a.dayNumber - b.dayNumber));

  /** The day whose absence form is open. */
  protected readonly reporting = signal<string | null>(null);
  protected readonly reported = signal<number | null>(null);

  protected isFuture(day: MyCourseDayDto): boolean {
    return day.date > this.today;
  }

  /** The word for the trainee's attendance on a day. */
  protected statusKey(day: MyCourseDayDto): string {
    if (day.status) return `attendanceStatus.${day.status}`;
    return this.isFuture(day) ? 'training.schedule.upcoming' : 'attendanceStatus.none';
  }

  protected onReported(day: MyCourseDayDto): void {
    this.reporting.set(null);
    this.reported.set(day.dayNumber);
    this.changed.emit();
  }
}
