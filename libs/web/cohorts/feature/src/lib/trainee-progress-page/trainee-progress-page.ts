import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Text } from '@peer/curriculum/model';
import type { RequirementState } from '@peer/progress';
import { CohortProgressService, CohortsService } from '@peer/web/cohorts/data-access';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { ApproveAssignmentForm } from '../approve-assignment-form/approve-assignment-form';
import { FORMAT } from '@peer/web/shared/util';
import { MakeUpBookings } from '../make-up-bookings/make-up-bookings';
import { RequirementList } from '@peer/web/shared/ui';
import { STATE_ICONS } from '@peer/web/shared/ui';

const ROLE_PLAY_PREFIX = 'role-play:';

interface RolePlayRow {
  readonly scenarioId: string;
  readonly title: Text;
  readonly status: RequirementState;
  readonly reason: Text;
}

/**
 * One trainee's requirements with the same reasons the trainee sees; approves compensatory
 * assignments and opens the observation form of each required role-play.
 */
@Component({
  selector: 'peer-trainee-progress-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, RequirementList, ApproveAssignmentForm, MakeUpBookings],
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
    .role-plays {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .role-plays li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2) var(--space-4);
      padding-block: var(--space-2);
      border-bottom: 1px solid var(--color-border);
    }
    .role-plays .reason {
      flex: 1 1 16rem;
    }
    .role-plays .state {
      font-weight: 700;
    }
    .role-plays [data-state='met'] .state {
      color: var(--color-success);
    }
    .role-plays .btn {
      min-height: 3rem;
    }
  `,
})
export class TraineeProgressPage {
  private readonly progressService = inject(CohortProgressService);
  private readonly cohorts = inject(CohortsService);
  private readonly curriculum = inject(CurriculumService);
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

  /** The cohort's curriculum version, for the titles of the role-plays. */
  private readonly version = resource({
    params: () => {
      const cohort = this.summaries.hasValue() ? this.summaries.value().find((c) => c.id === this.cohortId()) : undefined;
      return cohort ? { courseId: cohort.courseId, version: cohort.version } : undefined;
    },
    loader: ({ params }) => this.curriculum.version(params.courseId, params.version),
  });

  protected readonly icons = STATE_ICONS;
  protected readonly rolePlays = computed<RolePlayRow[]>(() => {
    if (!this.progress.hasValue()) return [];
    const scenarios = this.version.hasValue() ? this.version.value().content.scenarios : [];
    return this.progress
      .value()
      .result.requirements.filter((r) => r.kind === 'role-play' && r.id.startsWith(ROLE_PLAY_PREFIX))
      .map((r) => {
        const scenarioId = r.id.slice(ROLE_PLAY_PREFIX.length);
        return { scenarioId, title: scenarios.find((s) => s.id === scenarioId)?.title ?? r.label, status: r.status, reason: r.reason };
      });
  });

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
