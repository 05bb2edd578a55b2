import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { EnrolmentDto, EnrolResponse } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { EnrolForm } from '../enrol-form/enrol-form';
import { FORMAT } from '../format/format';
import { ImportForm } from '../import-form/import-form';
import { OneTimeSecret } from '../one-time-secret/one-time-secret';

/** The cohort's trainees: enrol one or a CSV file, withdraw with a reason, and those who have left. */
@Component({
  selector: 'peer-trainees-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, EnrolForm, ImportForm, OneTimeSecret],
  templateUrl: './trainees-section.html',
  styleUrl: './trainees-section.css',
})
export class TraineesSection {
  private readonly cohorts = inject(CohortsService);
  private readonly document = inject(DOCUMENT);

  readonly cohortId = input.required<string>();
  readonly enrolments = input.required<readonly EnrolmentDto[]>();
  /** The roster changed: the page reloads the cohort. */
  readonly changed = output<void>();

  protected readonly active = computed(() => this.enrolments().filter((enrolment) => !enrolment.withdrawnAt));
  protected readonly withdrawn = computed(() => this.enrolments().filter((enrolment) => enrolment.withdrawnAt));

  /** New enrolments whose accounts were just created, with their temporary passwords: shown once. */
  protected readonly newAccounts = signal<readonly EnrolResponse[]>([]);
  protected readonly message = signal<{ key: string; params: Record<string, string | number> } | null>(null);

  /** The enrolment whose withdrawal form is open. */
  protected readonly withdrawing = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly withdrawErrorKey = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected onEnrolled(responses: readonly EnrolResponse[]): void {
    this.newAccounts.set(responses.filter((response) => response.temporaryPassword));
    this.message.set(
      responses.length === 1
        ? { key: 'cohorts.trainees.enrolledOne', params: { name: responses[0].enrolment.name } }
        : { key: 'cohorts.trainees.enrolledMany', params: { count: responses.length } },
    );
    this.changed.emit();
  }

  protected startWithdrawal(enrolment: EnrolmentDto): void {
    this.withdrawing.set(enrolment.id);
    this.reason.set('');
    this.reasonMissing.set(false);
    this.withdrawErrorKey.set(null);
  }

  protected onReasonInput(event: Event): void {
    this.reason.set((event.target as HTMLTextAreaElement).value);
    if (this.reason().trim()) this.reasonMissing.set(false);
  }

  protected async withdraw(event: Event, enrolment: EnrolmentDto): Promise<void> {
    event.preventDefault();
    const reason = this.reason().trim();
    if (!reason) {
      this.reasonMissing.set(true);
      this.document.getElementById(`withdraw-reason-${enrolment.id}`)?.focus();
      return;
    }
    this.busy.set(true);
    this.withdrawErrorKey.set(null);
    try {
      await this.cohorts.withdraw(this.cohortId(), enrolment.id, reason);
      this.withdrawing.set(null);
      this.message.set({ key: 'cohorts.trainees.withdrawn', params: { name: enrolment.name } });
      this.changed.emit();
    } catch (error) {
      this.withdrawErrorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.busy.set(false);
    }
  }
}
