import { ChangeDetectionStrategy, Component, inject, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AttendanceStatus, GuestDto } from '@peer/contract';
import { AttendanceService, makeUpErrorKey } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/**
 * Trainees of other cohorts whose own course leaders booked them into this day to make it up.
 * The host sees their names and this day only, and records whether they came: being here
 * closes the trainee's make-up in her own cohort.
 */
@Component({
  selector: 'peer-make-up-guests',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './make-up-guests.html',
  styles: `
    :host {
      display: block;
      margin-top: var(--space-6);
    }
    .guests {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .guests li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-2) var(--space-4);
      padding: var(--space-3) 0;
      border-bottom: 1px solid var(--color-border);
    }
    .guest-name {
      font-weight: 700;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
  `,
})
export class MakeUpGuests {
  private readonly attendance = inject(AttendanceService);

  readonly cohortId = input.required<string>();
  readonly dayNumber = input.required<number>();

  protected readonly guests = resource({
    params: () => ({ cohortId: this.cohortId(), dayNumber: this.dayNumber() }),
    loader: ({ params }) => this.attendance.guests(params.cohortId, params.dayNumber),
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly recorded = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected async record(guest: GuestDto, status: AttendanceStatus): Promise<void> {
    if (this.busy()) return;
    this.busy.set(guest.bookingId);
    this.recorded.set(null);
    this.errorKey.set(null);
    try {
      await this.attendance.recordGuest(this.cohortId(), this.dayNumber(), guest.bookingId, status);
      this.recorded.set(guest.name);
      this.guests.reload();
    } catch (error) {
      this.errorKey.set(makeUpErrorKey(error) ?? errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(null);
    }
  }
}
