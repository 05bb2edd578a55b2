import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CourseVersionDto, EnrolmentDto } from '@peer/contract';
import type { RolePlayScenario } from '@peer/curriculum/model';
import { CohortProgressService } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { STATE_ICONS } from '@peer/web/shared/ui';

interface ScenarioOption {
  readonly scenario: RolePlayScenario;
  readonly required: boolean;
}

/**
 * The cohort's role-plays for a course leader with a tablet: choose the scenario being practised,
 * then open the observation form for one trainee at a time; each trainee's state comes from the
 * progress matrix.
 */
@Component({
  selector: 'peer-role-plays-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT],
  templateUrl: './role-plays-section.html',
  styles: `
    .field {
      max-width: 28rem;
      margin-bottom: var(--space-4);
    }
    .trainees {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .trainee {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2) var(--space-4);
      padding-block: var(--space-2);
      border-bottom: 1px solid var(--color-border);
    }
    .name {
      flex: 1 1 10rem;
      font-weight: 700;
    }
    .state {
      flex: 2 1 14rem;
      color: var(--color-text-muted);
    }
    .state[data-state='met'] {
      color: var(--color-success);
    }
    .btn {
      min-height: 3rem;
    }
  `,
})
export class RolePlaysSection {
  private readonly progressService = inject(CohortProgressService);

  readonly cohortId = input.required<string>();
  readonly enrolments = input.required<readonly EnrolmentDto[]>();
  /** The cohort's curriculum version; the section waits for it. */
  readonly content = input<CourseVersionDto | undefined>();

  protected readonly icons = STATE_ICONS;

  /** Each trainee's state per required role-play. */
  private readonly progress = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.progressService.cohort(params.cohortId),
  });
  protected readonly progressFailed = computed(() => this.progress.error() !== undefined);

  /** The required scenarios in the course's order, then the others the course practises. */
  protected readonly scenarios = computed<ScenarioOption[]>(() => {
    const content = this.content()?.content;
    if (!content) return [];
    const required = content.course.completion.rolePlays;
    const inCourseOrder = required.flatMap((id) => content.scenarios.filter((scenario) => scenario.id === id));
    const others = content.scenarios.filter((scenario) => !required.includes(scenario.id));
    return [...inCourseOrder.map((scenario) => ({ scenario, required: true })), ...others.map((scenario) => ({ scenario, required: false }))];
  });
  protected readonly chosen = linkedSignal(() => this.scenarios()[0]?.scenario.id ?? '');
  protected readonly active = computed(() => this.enrolments().filter((enrolment) => !enrolment.withdrawnAt));

  protected choose(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
  }

  /** The trainee's state in the chosen role-play, when it is required. */
  protected cell(enrolment: EnrolmentDto) {
    if (!this.progress.hasValue()) return null;
    const row = this.progress.value().rows.find((r) => r.enrolmentId === enrolment.id);
    return row?.cells[`role-play:${this.chosen()}`] ?? null;
  }
}
