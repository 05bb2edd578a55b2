import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { PendingAttention, ProgressCellDto, RequirementColumnDto, RequirementState } from '@peer/contract';
import { CohortProgressService, CohortsService, isProgressFilter, PROGRESS_FILTERS, ProgressFilter } from '@peer/web/cohorts/data-access';
import { injectContentLanguage } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT, formatCount } from '@peer/web/shared/util';
import { MakeUpRequestsNotice } from '../make-up-requests-notice/make-up-requests-notice';
import { STATE_ICONS } from '@peer/web/shared/ui';

/** `attendance:day-7` → 7. */
function dayOf(column: RequirementColumnDto): number | null {
  const match = /^attendance:day-(\d+)$/.exec(column.id);
  return column.kind === 'attendance' && match ? Number(match[1]) : null;
}

/** `role-play:boundary-question` → `boundary-question`. */
function scenarioOf(column: RequirementColumnDto): string {
  return column.id.replace(/^role-play:/, '');
}

type CellMark = { key: RequirementState | PendingAttention; icon: string; word: string };

/**
 * How a cell reads: a pending course day says why it waits, so a missed day that needs a
 * make-up, a held day nobody recorded and a day still to come do not all read "Kvar".
 */
const MARKS: Record<RequirementState | PendingAttention, CellMark> = {
  met: { key: 'met', icon: STATE_ICONS.met, word: 'requirementStateShort.met' },
  blocked: { key: 'blocked', icon: '⚠', word: 'cohorts.progress.attention.blocked' },
  overdue: { key: 'overdue', icon: '!', word: 'cohorts.progress.attention.overdue' },
  upcoming: { key: 'upcoming', icon: '…', word: 'cohorts.progress.attention.upcoming' },
  pending: { key: 'pending', icon: STATE_ICONS.pending, word: 'requirementStateShort.pending' },
  failed: { key: 'failed', icon: STATE_ICONS.failed, word: 'requirementStateShort.failed' },
};

/** `?offset=200` → 200; anything but a whole number from 0 → the first page. */
function offsetOf(value: string | undefined): number {
  return value && /^\d{1,7}$/.test(value) ? Number(value) : 0;
}

/**
 * The cohort × requirement matrix: one row per trainee, one column per requirement, each cell
 * a state (symbol and word) with the completion engine's reason. Filters and the page live in
 * the address; a large cohort is shown a page of rows at a time, the filters still spanning
 * everyone. A role-play cell opens the observation form; a study-visit cell the approval queue.
 */
@Component({
  selector: 'peer-progress-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, FORMAT, MakeUpRequestsNotice],
  templateUrl: './progress-page.html',
  styleUrl: './progress-page.css',
})
export class ProgressPage {
  private readonly progressService = inject(CohortProgressService);
  private readonly cohorts = inject(CohortsService);
  private readonly router = inject(Router);
  private readonly language = injectContentLanguage();

  /** Route parameter. */
  readonly cohortId = input.required<string>();
  /** Query parameters. */
  readonly show = input<string>();
  readonly requirement = input<string>();
  readonly offset = input<string>();

  protected readonly filters = PROGRESS_FILTERS;
  protected readonly legend = Object.values(MARKS);
  protected readonly shown = computed<ProgressFilter>(() => {
    const show = this.show();
    return isProgressFilter(show) ? show : 'all';
  });
  protected readonly query = computed(() => ({ show: this.shown(), requirement: this.requirement() || undefined }));

  protected readonly start = computed(() => offsetOf(this.offset()));

  protected readonly progress = resource({
    params: () => ({ cohortId: this.cohortId(), ...this.query(), offset: this.start() }),
    loader: ({ params }) => this.progressService.page(params.cohortId, { show: params.show, requirement: params.requirement }, { offset: params.offset }),
  });

  /** Where this page lies in the filtered rows: "1–100 av 1 000", and the neighbouring pages. */
  protected readonly paging = computed(() => {
    if (!this.progress.hasValue()) return null;
    const { offset, limit, total, rows } = this.progress.value();
    const count = (value: number) => formatCount(value, this.language());
    return {
      range: { from: count(rows.length === 0 ? 0 : offset + 1), to: count(offset + rows.length), total: count(total) },
      previous: offset > 0 ? Math.max(0, offset - limit) : null,
      next: offset + rows.length < total ? offset + rows.length : null,
      /** The whole selection fits one page: no pager needed. */
      single: offset === 0 && rows.length >= total,
    };
  });

  /** For the cohort's name; the list is not audited like the roster. */
  private readonly summaries = resource({ loader: () => this.cohorts.list() });
  protected readonly cohortName = computed(() =>
    this.summaries.hasValue() ? (this.summaries.value().find((cohort) => cohort.id === this.cohortId())?.name ?? null) : null,
  );

  protected readonly csvUrl = computed(() => this.progressService.csvUrl(this.cohortId(), this.query(), this.language()));

  protected readonly errorKey = computed(() => {
    const error = this.progress.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected readonly dayOf = dayOf;
  protected readonly scenarioOf = scenarioOf;

  protected markOf(cell: ProgressCellDto): CellMark {
    return MARKS[cell.attention ?? cell.status];
  }

  /** Types the context of the shared cell template. */
  protected asCell(cell: ProgressCellDto): ProgressCellDto {
    return cell;
  }

  // A new filter starts again from the first page of what it selects.
  protected async setShow(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    await this.navigate({ show: value === 'all' ? null : value, offset: null });
  }

  protected async setRequirement(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    await this.navigate({ requirement: value || null, offset: null });
  }

  /** Each page is its own history entry, so the browser's back button returns to the previous one. */
  protected async goTo(offset: number): Promise<void> {
    await this.router.navigate(['/cohorts', this.cohortId(), 'progress'], {
      queryParams: { offset: offset > 0 ? String(offset) : null },
      queryParamsHandling: 'merge',
    });
  }

  private async navigate(queryParams: Record<string, string | null>): Promise<void> {
    await this.router.navigate(['/cohorts', this.cohortId(), 'progress'], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
