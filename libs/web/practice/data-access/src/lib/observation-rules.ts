import type { RolePlayResultValue } from '@peer/contract';

/** One criterion as the observation form holds it: `shown` is null until the observer marks it. */
export interface CriterionMark {
  readonly criterionId: string;
  readonly shown: boolean | null;
  readonly feedback: string;
}

/** Why an attempt cannot be signed yet, checked in the browser before the API is asked. */
export type SignBlocker =
  /** Some criterion is neither shown nor not yet shown. */
  | { readonly kind: 'allMarked'; readonly unmarked: readonly string[] }
  /** No result chosen. */
  | { readonly kind: 'result' }
  /** "Passed" while some criterion is not shown. */
  | { readonly kind: 'allShown'; readonly notShown: readonly string[] };

/**
 * The same rules the API applies when signing: every criterion marked, a result chosen,
 * and "passed" only when every criterion is shown. `null` when the attempt may be signed.
 */
export function signBlocker(marks: readonly CriterionMark[], result: RolePlayResultValue | null): SignBlocker | null {
  const unmarked = marks.filter((mark) => mark.shown === null).map((mark) => mark.criterionId);
  if (unmarked.length > 0) return { kind: 'allMarked', unmarked };
  if (!result) return { kind: 'result' };
  const notShown = marks.filter((mark) => mark.shown === false).map((mark) => mark.criterionId);
  if (result === 'passed' && notShown.length > 0) return { kind: 'allShown', notShown };
  return null;
}

/** The marks the API can store: only the criteria the observer has marked. */
export function markedCriteria(marks: readonly CriterionMark[]): { criterionId: string; shown: boolean; feedback?: string }[] {
  return marks.flatMap((mark) => {
    if (mark.shown === null) return [];
    const feedback = mark.feedback.trim();
    return [feedback ? { criterionId: mark.criterionId, shown: mark.shown, feedback } : { criterionId: mark.criterionId, shown: mark.shown }];
  });
}
