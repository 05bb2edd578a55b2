import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyEnrolmentDto, MyMakeUpRequestDto } from '@peer/contract';
import { MyTrainingService, makeUpErrorKey } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

interface MissedDay {
  readonly dayNumber: number;
  /** The open request or booking for the day, if any. */
  readonly open: MyMakeUpRequestDto | null;
}

/**
 * The trainee asks her own course leader to let her make a missed day up in another cohort;
 * the leader books the day, and she sees when and where.
 */
@Component({
  selector: 'peer-make-up-request',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  templateUrl: './make-up-request.html',
  styles: `
    :host {
      display: block;
      margin-top: var(--space-3);
    }
    .missed {
      display: grid;
      gap: var(--space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class MakeUpRequest {
  private readonly training = inject(MyTrainingService);

  readonly enrolment = input.required<MyEnrolmentDto>();

  protected readonly requests = resource({ loader: () => this.training.makeUpRequests() });
  protected readonly missed = computed<MissedDay[]>(() => {
    const enrolment = this.enrolment();
    const requests = this.requests.hasValue() ? this.requests.value().filter((r) => r.enrolmentId === enrolment.enrolmentId) : [];
    return enrolment.result.openMakeUps.map((makeUp) => ({
      dayNumber: makeUp.dayNumber,
      open: requests.find((r) => r.dayNumber === makeUp.dayNumber && (r.status === 'requested' || r.status === 'booked')) ?? null,
    }));
  });

  /** The day whose request form is open. */
  protected readonly asking = signal<number | null>(null);
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly sent = signal<number | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected open(dayNumber: number): void {
    this.asking.set(dayNumber);
    this.note.set('');
    this.errorKey.set(null);
  }

  protected onInput(event: Event): void {
    this.note.set((event.target as HTMLTextAreaElement).value);
  }

  protected async onSubmit(event: Event, dayNumber: number): Promise<void> {
    event.preventDefault();
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await this.training.askForMakeUp(this.enrolment().enrolmentId, dayNumber, this.note().trim() || undefined);
      this.asking.set(null);
      this.sent.set(dayNumber);
      this.requests.reload();
    } catch (error) {
      this.errorKey.set(makeUpErrorKey(error) ?? errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
