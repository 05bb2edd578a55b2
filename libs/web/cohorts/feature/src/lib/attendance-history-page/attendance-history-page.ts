import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { AttendanceChangeDto } from '@peer/contract';
import { AttendanceService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '@peer/web/shared/util';

/** Every change of an attendance mark in the cohort: who changed what, when, from and to. */
@Component({
  selector: 'peer-attendance-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT],
  templateUrl: './attendance-history-page.html',
})
export class AttendanceHistoryPage {
  private readonly attendance = inject(AttendanceService);

  /** Route parameter. */
  readonly cohortId = input.required<string>();
  /** Query parameter: show one trainee's changes. */
  readonly traineeId = input<string>();

  protected readonly history = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.attendance.history(params.cohortId),
  });

  protected readonly selected = linkedSignal(() => this.traineeId() ?? '');

  /** The trainees that have changes, by name. */
  protected readonly trainees = computed(() => {
    const names = new Map<string, string>();
    for (const change of this.all()) names.set(change.traineeId, change.traineeName);
    return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  });

  protected readonly changes = computed(() => {
    const selected = this.selected();
    return this.all().filter((change) => !selected || change.traineeId === selected);
  });

  protected readonly errorKey = computed(() => {
    const error = this.history.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  private readonly all = computed<AttendanceChangeDto[]>(() =>
    this.history.hasValue() ? [...this.history.value()].sort((a, b) => b.changedAt.localeCompare(a.changedAt)) : [],
  );

  protected onFilter(event: Event): void {
    this.selected.set((event.target as HTMLSelectElement).value);
  }
}
