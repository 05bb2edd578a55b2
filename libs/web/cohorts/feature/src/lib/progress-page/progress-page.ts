import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProgressCellDto, RequirementColumnDto } from '@peer/contract';
import { CohortProgressService, CohortsService, isProgressFilter, PROGRESS_FILTERS, ProgressFilter } from '@peer/web/cohorts/data-access';
import { injectContentLanguage } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { FORMAT } from '../format/format';
import { STATE_ICONS } from '../requirement-list/requirement-status';

/** `attendance:day-7` → 7. */
function dayOf(column: RequirementColumnDto): number | null {
  const match = /^attendance:day-(\d+)$/.exec(column.id);
  return column.kind === 'attendance' && match ? Number(match[1]) : null;
}

/** `role-play:boundary-question` → `boundary-question`. */
function scenarioOf(column: RequirementColumnDto): string {
  return column.id.replace(/^role-play:/, '');
}

/**
 * The cohort × requirement matrix: one row per trainee, one column per requirement, each cell
 * a state (symbol and word) with the completion engine's reason. Filters live in the address.
 * A role-play cell opens the observation form; a study-visit cell the approval queue.
 */
@Component({
  selector: 'peer-progress-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, FORMAT],
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

  protected readonly filters = PROGRESS_FILTERS;
  protected readonly icons = STATE_ICONS;
  protected readonly shown = computed<ProgressFilter>(() => {
    const show = this.show();
    return isProgressFilter(show) ? show : 'all';
  });
  protected readonly query = computed(() => ({ show: this.shown(), requirement: this.requirement() || undefined }));

  protected readonly progress = resource({
    params: () => ({ cohortId: this.cohortId(), ...this.query() }),
    loader: ({ params }) => this.progressService.cohort(params.cohortId, { show: params.show, requirement: params.requirement }),
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

  /** Types the context of the shared cell template. */
  protected asCell(cell: ProgressCellDto): ProgressCellDto {
    return cell;
  }

  protected async setShow(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    await this.navigate({ show: value === 'all' ? null : value });
  }

  protected async setRequirement(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    await this.navigate({ requirement: value || null });
  }

  private async navigate(queryParams: Record<string, string | null>): Promise<void> {
    await this.router.navigate(['/cohorts', this.cohortId(), 'progress'], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
