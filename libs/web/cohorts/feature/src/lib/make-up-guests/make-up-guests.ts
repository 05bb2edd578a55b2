import { ChangeDetectionStrategy, Component, inject, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MakeUpCandidateDto } from '@peer/contract';
import { AttendanceService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/**
 * Trainees of other cohorts of the same course who missed this curriculum day: when one of
 * them attends it here, the course leader records that they made the day up.
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
    .candidates {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .candidates li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--space-2) var(--space-4);
      padding: var(--space-3) 0;
      border-bottom: 1px solid var(--color-border);
    }
    .candidate-name {
      font-weight: 700;
    }
  `,
})
export class MakeUpGuests {
  private readonly attendance = inject(AttendanceService);

  readonly cohortId = input.required<string>();
  readonly dayNumber = input.required<number>();

  protected readonly candidates = resource({
    params: () => ({ cohortId: this.cohortId(), dayNumber: this.dayNumber() }),
    loader: ({ params }) => this.attendance.makeUpCandidates(params.cohortId, params.dayNumber),
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly recorded = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  protected async record(candidate: MakeUpCandidateDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(candidate.traineeId);
    this.recorded.set(null);
    this.errorKey.set(null);
    try {
      await this.attendance.recordGuest(this.cohortId(), this.dayNumber(), candidate.traineeId);
      this.recorded.set(candidate.name);
      this.candidates.reload();
    } catch (error) {
      this.errorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(null);
    }
  }
}
