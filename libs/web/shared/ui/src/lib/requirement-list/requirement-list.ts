import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CompletionResult, RequirementKind } from '@peer/contract';
import { FORMAT } from '@peer/web/shared/util';

type RequirementStatus = CompletionResult['requirements'][number];
import { STATE_ICONS } from './requirement-status';

/** The order requirement kinds are listed in, as the completion engine orders them. */
const KIND_ORDER: readonly RequirementKind[] = ['attendance', 'attendance-limit', 'role-play', 'study-visit', 'enrolment', 'prerequisite'];

interface RequirementGroup {
  readonly kind: RequirementKind;
  readonly requirements: readonly RequirementStatus[];
}

/**
 * Completion requirements grouped by kind (attendance, absence limit, role-plays, study
 * visits, enrolment, prerequisite courses), each with its state and the engine's reason in the UI language.
 */
@Component({
  selector: 'peer-requirement-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  templateUrl: './requirement-list.html',
  styleUrl: './requirement-list.css',
})
export class RequirementList {
  readonly requirements = input.required<readonly RequirementStatus[]>();
  /** Only the requirements that are not met. */
  readonly onlyMissing = input(false);
  /** The words shown when there is nothing to list; nothing is shown without it. */
  readonly emptyKey = input<string | null>(null);

  protected readonly icons = STATE_ICONS;

  protected readonly groups = computed<RequirementGroup[]>(() => {
    const shown = this.requirements().filter((requirement) => !this.onlyMissing() || requirement.status !== 'met');
    return KIND_ORDER.map((kind) => ({ kind, requirements: shown.filter((requirement) => requirement.kind === kind) })).filter(
      (group) => group.requirements.length > 0,
    );
  });
}
