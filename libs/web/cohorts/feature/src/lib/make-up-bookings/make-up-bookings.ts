import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MakeUpBookingDto } from '@peer/contract';
import type { OpenMakeUp } from '@peer/progress';
import { AttendanceService, makeUpErrorKey } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '@peer/web/shared/util';

/**
 * Making a missed day up in another cohort, from the trainee's own leader's side: the trainee's
 * requests and bookings, accepting a request into a host day, and booking one directly. Host
 * days show when and where only, never who is in that cohort.
 */
@Component({
  selector: 'peer-make-up-bookings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  templateUrl: './make-up-bookings.html',
  styles: `
    :host {
      display: block;
      margin-top: var(--space-4);
    }
    .bookings {
      display: grid;
      gap: var(--space-3);
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
    .bookings li {
      display: grid;
      gap: var(--space-2);
      padding: var(--space-3) 0;
      border-bottom: 1px solid var(--color-border);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--space-2);
    }
  `,
})
export class MakeUpBookings {
  private readonly attendance = inject(AttendanceService);

  readonly cohortId = input.required<string>();
  readonly enrolmentId = input.required<string>();
  readonly openMakeUps = input.required<readonly OpenMakeUp[]>();
  /** A booking changed: the trainee's progress may have changed with it. */
  readonly changed = output<void>();

  protected readonly bookings = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.attendance.bookings(params.cohortId),
  });
  protected readonly mine = computed<MakeUpBookingDto[]>(() =>
    this.bookings.hasValue() ? this.bookings.value().filter((b) => b.enrolmentId === this.enrolmentId() && b.status !== 'cancelled') : [],
  );
  /** Missed days without an open request or booking: these can be booked. */
  protected readonly bookable = computed(() => {
    if (!this.bookings.hasValue()) return [];
    const open = new Set(this.mine().filter((b) => b.status === 'requested' || b.status === 'booked').map((b) => b.dayNumber));
    return this.openMakeUps().filter((m) => !open.has(m.dayNumber));
  });

  protected readonly day = signal<number | null>(null);
  protected readonly hostDays = resource({
    params: () => {
      const day = this.day();
      return day === null ? undefined : { cohortId: this.cohortId(), day };
    },
    loader: ({ params }) => this.attendance.hostDays(params.cohortId, params.day),
  });
  /** The host day chosen per day number, for booking and for accepting. */
  protected readonly chosen = signal<ReadonlyMap<number, string>>(new Map());
  /** Host days per day number, for the requests waiting to be accepted. */
  protected readonly requestHostDays = resource({
    params: () => ({ cohortId: this.cohortId(), days: [...new Set(this.mine().filter((b) => b.status === 'requested').map((b) => b.dayNumber))] }),
    loader: async ({ params }) => new Map(await Promise.all(params.days.map(async (d) => [d, await this.attendance.hostDays(params.cohortId, d)] as const))),
  });

  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  constructor() {
    // Keep the chosen day among the bookable ones.
    effect(() => {
      const days = this.bookable().map((m) => m.dayNumber);
      const current = this.day();
      if (current === null || !days.includes(current)) this.day.set(days[0] ?? null);
    });
  }

  protected chooseDay(event: Event): void {
    this.day.set(Number((event.target as HTMLSelectElement).value));
  }

  protected chooseHostDay(dayNumber: number, event: Event): void {
    const next = new Map(this.chosen());
    next.set(dayNumber, (event.target as HTMLSelectElement).value);
    this.chosen.set(next);
  }

  protected hostDayOf(dayNumber: number, options: readonly { id: string }[]): string {
    return this.chosen().get(dayNumber) ?? options[0]?.id ?? '';
  }

  protected async book(): Promise<void> {
    const day = this.day();
    const options = this.hostDays.hasValue() ? this.hostDays.value() : [];
    if (day === null || options.length === 0) return;
    await this.run('cohorts.makeUpBookings.booked', () => this.attendance.book(this.cohortId(), this.enrolmentId(), day, this.hostDayOf(day, options)));
  }

  protected async accept(booking: MakeUpBookingDto): Promise<void> {
    const options = this.requestHostDays.hasValue() ? (this.requestHostDays.value().get(booking.dayNumber) ?? []) : [];
    if (options.length === 0) return;
    await this.run('cohorts.makeUpBookings.booked', () => this.attendance.accept(this.cohortId(), booking.id, this.hostDayOf(booking.dayNumber, options)));
  }

  protected async cancel(booking: MakeUpBookingDto): Promise<void> {
    await this.run('cohorts.makeUpBookings.cancelled', () => this.attendance.cancel(this.cohortId(), booking.id));
  }

  private async run(doneKey: string, action: () => Promise<unknown>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.done.set(null);
    this.errorKey.set(null);
    try {
      await action();
      this.done.set(doneKey);
      this.bookings.reload();
      this.changed.emit();
    } catch (error) {
      this.errorKey.set(makeUpErrorKey(error) ?? errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
