import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { CohortProgressService, CohortsService } from '@peer/web/cohorts/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { ApproveAssignmentForm } from '../approve-assignment-form/approve-assignment-form';
import { FORMAT } from '../format/format';
import { RequirementList } from '../requirement-list/requirement-list';

/** One trainee's requirements with the same reasons the trainee sees; approves compensatory assignments. */
@Component({
  selector: 'peer-trainee-progress-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, RequirementList, ApproveAssignmentForm],
  templateUrl: './trainee-progress-page.html',
  styles: `
    .back-link {
      margin-bottom: var(--space-4);
    }
    .progress-section {
      margin-bottom: var(--space-6);
    }
    .make-ups {
      margin: 0 0 var(--space-4);
      padding-inline-start: var(--space-5);
    }
  `,
})
export class TraineeProgressPage {
  private readonly progressService = inject(CohortProgressService);
  private readonly cohorts = inject(CohortsService);
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);

  /** Route parameters. */
  readonly cohortId = input.required<string>();
  readonly traineeId = input.required<string>();

  protected readonly progress = resource({
    params: () => ({ cohortId: this.cohortId(), traineeId: this.traineeId() }),
    loader: ({ params }) => this.progressService.trainee(params.cohortId, params.traineeId),
  });

  /** The enrolment to approve make-ups on, from the cohort's matrix row of this trainee. */
  private readonly matrix = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.progressService.cohort(params.cohortId),
  });
  protected readonly enrolmentId = computed(() =>
    this.matrix.hasValue() ? (this.matrix.value().rows.find((row) => row.traineeId === this.traineeId())?.enrolmentId ?? null) : null,
  );

  private readonly summaries = resource({ loader: () => this.cohorts.list() });
  protected readonly cohortName = computed(() =>
    this.summaries.hasValue() ? (this.summaries.value().find((cohort) => cohort.id === this.cohortId())?.name ?? null) : null,
  );

  protected readonly approved = signal<number | null>(null);

  protected readonly errorKey = computed(() => {
    const error = this.progress.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  constructor() {
    effect(() => {
      if (!this.progress.hasValue()) return;
      this.translate.currentLang();
      this.title.setTitle(`${this.progress.value().trainee.name} – ${String(this.translate.instant('app.name'))}`);
    });
  }

  protected onApproved(dayNumber: number): void {
    this.approved.set(dayNumber);
    this.progress.reload();
  }
}
