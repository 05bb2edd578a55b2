import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AttendanceService } from '@peer/web/cohorts/data-access';

/** Trainees of the cohort who asked to make up a missed day in another cohort: what waits for the leader. */
@Component({
  selector: 'peer-make-up-requests-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (requests().length > 0) {
      <section class="alert alert-info" aria-labelledby="make-up-requests-heading">
        <h2 id="make-up-requests-heading">{{ 'cohorts.makeUpBookings.waitingHeading' | translate }}</h2>
        <ul>
          @for (request of requests(); track request.id) {
            <li>
              <a [routerLink]="['/cohorts', cohortId(), 'progress', request.traineeId]">
                {{ 'cohorts.makeUpBookings.waiting' | translate: { name: request.traineeName, number: request.dayNumber } }}
              </a>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    ul {
      margin: 0;
      padding-left: var(--space-4);
    }
  `,
})
export class MakeUpRequestsNotice {
  private readonly attendance = inject(AttendanceService);

  readonly cohortId = input.required<string>();

  private readonly bookings = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.attendance.bookings(params.cohortId),
  });
  protected readonly requests = computed(() => (this.bookings.hasValue() ? this.bookings.value().filter((b) => b.status === 'requested') : []));
}
