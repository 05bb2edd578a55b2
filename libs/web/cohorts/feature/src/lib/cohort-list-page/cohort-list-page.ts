import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CohortDto } from '@peer/contract';
import { CohortsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { CreateCohortForm } from '../create-cohort-form/create-cohort-form';
import { FORMAT } from '@peer/web/shared/util';

/** The cohorts an administrator runs, or a course leader leads; and a form to create one. */
@Component({
  selector: 'peer-cohort-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, CreateCohortForm],
  templateUrl: './cohort-list-page.html',
  styleUrl: './cohort-list-page.css',
})
export class CohortListPage {
  private readonly cohortsService = inject(CohortsService);
  private readonly router = inject(Router);

  protected readonly cohorts = resource({ loader: () => this.cohortsService.list() });

  protected readonly errorKey = computed(() => {
    const error = this.cohorts.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  /** A new cohort is scheduled and filled next: go there. */
  protected async onCreated(cohort: CohortDto): Promise<void> {
    await this.router.navigate(['/cohorts', cohort.id]);
  }
}
