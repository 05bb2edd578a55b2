import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyEnrolmentDto, RolePlayAttemptDto } from '@peer/contract';
import type { Text } from '@peer/curriculum/model';
import type { RequirementStatus } from '@peer/progress';
import { FORMAT } from '@peer/web/shared/util';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { RolePlaysService } from '@peer/web/practice/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { AttemptView } from '../attempt-view/attempt-view';
import { RolePlayReflectionForm } from '../role-play-reflection-form/role-play-reflection-form';

const ROLE_PLAY_PREFIX = 'role-play:';

interface ScenarioItem {
  readonly scenarioId: string;
  readonly title: Text;
  /** The completion requirement, when the scenario is required. */
  readonly requirement: RequirementStatus | null;
  /** Newest first. */
  readonly attempts: readonly RolePlayAttemptDto[];
}

/**
 * A trainee's role-plays in one cohort: every required scenario with its attempts, result,
 * per-criterion feedback and observer (once signed), and the trainee's own reflections.
 */
@Component({
  selector: 'peer-my-role-plays',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT, AttemptView, RolePlayReflectionForm],
  templateUrl: './my-role-plays.html',
  styleUrl: './my-role-plays.css',
})
export class MyRolePlays {
  private readonly rolePlays = inject(RolePlaysService);
  private readonly curriculum = inject(CurriculumService);

  readonly enrolment = input.required<MyEnrolmentDto>();

  /** The cohort's curriculum version; unchanged when the page reloads the enrolment. */
  private readonly pinned = computed(
    () => ({ courseId: this.enrolment().cohort.courseId, version: this.enrolment().cohort.version }),
    { equal: (a, b) => a.courseId === b.courseId && a.version === b.version },
  );

  private readonly version = resource({
    params: () => this.pinned(),
    loader: ({ params }) => this.curriculum.version(params.courseId, params.version),
  });
  protected readonly attempts = resource({ loader: () => this.rolePlays.mine() });

  protected readonly idPrefix = computed(() => `role-plays-${this.enrolment().enrolmentId}`);

  protected readonly items = computed<ScenarioItem[]>(() => {
    const attempts = this.attempts.hasValue() ? this.attempts.value().filter((a) => a.enrolmentId === this.enrolment().enrolmentId) : [];
    const scenarios = this.version.hasValue() ? this.version.value().content.scenarios : [];
    const required = this.enrolment().result.requirements.filter((r) => r.kind === 'role-play' && r.id.startsWith(ROLE_PLAY_PREFIX));
    const ids = [...required.map((r) => r.id.slice(ROLE_PLAY_PREFIX.length))];
    // Scenarios practised beyond the required ones, in the order they were observed.
    for (const attempt of [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      if (!ids.includes(attempt.scenarioId)) ids.push(attempt.scenarioId);
    }
    return ids.map((scenarioId) => {
      const own = attempts.filter((a) => a.scenarioId === scenarioId).sort((a, b) => b.attempt - a.attempt);
      const requirement = required.find((r) => r.id === ROLE_PLAY_PREFIX + scenarioId) ?? null;
      const title = scenarios.find((s) => s.id === scenarioId)?.title ?? own[0]?.scenarioTitle ?? requirement?.label ?? { sv: scenarioId, en: scenarioId };
      return { scenarioId, title, requirement, attempts: own };
    });
  });

  protected readonly reflecting = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected readonly errorKey = computed(() => {
    const error = this.attempts.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  protected openReflection(attempt: RolePlayAttemptDto): void {
    this.saved.set(null);
    this.reflecting.set(attempt.id);
  }

  protected onReflected(attempt: RolePlayAttemptDto): void {
    this.attempts.update((attempts) => (attempts ?? []).map((a) => (a.id === attempt.id ? attempt : a)));
    this.reflecting.set(null);
    this.saved.set(attempt.id);
  }
}
