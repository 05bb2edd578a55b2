import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CalendarFeedsService, MyTrainingService } from '@peer/web/cohorts/data-access';
import { CalendarFeedPanel, TraineeSectionNav } from '@peer/web/shared/ui';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { EnrolmentSchedule } from '../enrolment-schedule/enrolment-schedule';

/** `/training/schedule`: per cohort the days to make up and the course days with attendance and absence reporting; then the trainee's calendar feed. */
@Component({
  selector: 'peer-schedule-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, EnrolmentSchedule, CalendarFeedPanel, TraineeSectionNav],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ 'traineeSections.schedule' | translate }}</h1>
      </div>

      <peer-trainee-section-nav />

      <div [attr.aria-busy]="enrolments.isLoading()">
        @if (errorKey(); as key) {
          <div class="alert alert-error" role="alert">
            <p>{{ 'training.loadFailed' | translate }} {{ key | translate }}</p>
            <button type="button" class="btn btn-secondary" (click)="enrolments.reload()">{{ 'common.retry' | translate }}</button>
          </div>
        } @else if (enrolments.hasValue()) {
          @for (enrolment of enrolments.value(); track enrolment.enrolmentId) {
            <peer-enrolment-schedule [enrolment]="enrolment" (changed)="enrolments.reload()" />
          } @empty {
            <p class="card">{{ 'training.none' | translate }}</p>
          }
        } @else {
          <p class="muted" role="status">{{ 'common.loading' | translate }}</p>
        }
      </div>

      <section class="calendar" aria-labelledby="my-calendar-heading">
        <h2 id="my-calendar-heading">{{ 'calendarFeed.heading' | translate }}</h2>
        <div class="card">
          <peer-calendar-feed-panel [source]="calendarFeeds" />
        </div>
      </section>
    </div>
  `,
})
export class SchedulePage {
  private readonly training = inject(MyTrainingService);
  /** The trainee's own calendar feeds. */
  protected readonly calendarFeeds = inject(CalendarFeedsService);

  protected readonly enrolments = resource({ loader: () => this.training.enrolments() });

  protected readonly errorKey = computed(() => {
    const error = this.enrolments.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}
