import type { RolePlayResultValue, StudyVisitState } from '@peer/contract';

/**
 * Lists of the API contract (`ROLE_PLAY_RESULTS`, `STUDY_VISIT_STATES` in `@peer/contract`),
 * repeated so the contract's class-validator classes stay out of the browser bundle; a unit
 * test keeps both in step.
 */
export const ROLE_PLAY_RESULTS: readonly RolePlayResultValue[] = ['passed', 'not_yet'];

export const STUDY_VISIT_STATES: readonly StudyVisitState[] = ['planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved', 'not_held'];

/** The states in which the trainee may write, or rewrite, the reflection. */
export const REFLECTABLE_STATES: readonly StudyVisitState[] = ['confirmed', 'reflected', 'returned'];

export function canReflect(status: StudyVisitState): boolean {
  return REFLECTABLE_STATES.includes(status);
}

/** The states in which the trainee may (re)send the host a confirmation link, once the day has come. */
export function canSendConfirmation(status: StudyVisitState): boolean {
  return status === 'planned' || status === 'awaiting_host';
}
