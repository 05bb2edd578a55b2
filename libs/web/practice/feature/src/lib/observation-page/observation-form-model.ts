import type { RolePlayAttemptDto, RolePlayResultValue } from '@peer/contract';
import type { RolePlayScenario } from '@peer/curriculum/model';
import type { CriterionMark } from '@peer/web/practice/data-access';

/** What the observer has entered for the attempt being observed. */
export interface ObservationModel {
  readonly marks: readonly CriterionMark[];
  readonly overall: string;
  readonly result: RolePlayResultValue | null;
}

/** The form for an attempt: the draft's saved marks, or every criterion unmarked for a new attempt. */
export function initialModel(scenario: RolePlayScenario, draft: RolePlayAttemptDto | null): ObservationModel {
  const saved = new Map((draft?.criteria ?? []).map((mark) => [mark.criterionId, mark]));
  return {
    marks: scenario.rubric.map((criterion) => ({
      criterionId: criterion.id,
      shown: saved.get(criterion.id)?.shown ?? null,
      feedback: saved.get(criterion.id)?.feedback ?? '',
    })),
    overall: draft?.overallFeedback ?? '',
    result: draft?.draftResult ?? null,
  };
}
