import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CohortActionsDto } from '@peer/contract';

interface ActionItem {
  readonly key: string;
  readonly count: number;
  /** Where the leader acts on it, under `/cohorts/<id>`. */
  readonly path: readonly string[];
}

/**
 * What a cohort needs from its staff, as a short list of counts each linking to where it is
 * done; only what is due is listed, and an empty list says so.
 */
@Component({
  selector: 'peer-cohort-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (items().length > 0) {
      <ul class="cohort-actions">
        @for (item of items(); track item.key) {
          <li>
            <a [routerLink]="['/cohorts', actions().cohortId].concat(item.path)">{{ 'cohortActions.' + item.key | translate: { count: item.count } }}</a>
          </li>
        }
      </ul>
    } @else {
      <p class="muted cohort-actions-none">{{ 'cohortActions.none' | translate }}</p>
    }
  `,
  styles: `
    .cohort-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-4);
      margin: var(--space-1) 0 0;
      padding: 0;
      list-style: none;
      font-size: var(--font-size-sm);
    }
    .cohort-actions-none {
      margin: var(--space-1) 0 0;
      font-size: var(--font-size-sm);
    }
  `,
})
export class CohortActionsList {
  readonly actions = input.required<CohortActionsDto>();

  protected readonly items = computed<ActionItem[]>(() => {
    const a = this.actions();
    const all: ActionItem[] = [
      { key: 'attendance', count: a.attendanceToTake, path: [] },
      { key: 'makeUps', count: a.makeUpsOpen, path: ['progress'] },
      { key: 'visits', count: a.visitsToApprove, path: ['study-visits'] },
      { key: 'rolePlays', count: a.rolePlaysToObserve, path: ['progress'] },
      { key: 'certify', count: a.readyToCertify, path: ['certificates'] },
    ];
    return all.filter((item) => item.count > 0);
  });
}
