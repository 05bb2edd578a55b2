import type { StudyVisitState } from '@peer/contract';

/** Lists of the API contract: the results of a role-play and the states of a study visit. */
export { ROLE_PLAY_RESULTS, STUDY_VISIT_STATES } from '@peer/contract';

/** The states in which the trainee may write, or rewrite, the reflection. */
export const REFLECTABLE_STATES: readonly StudyVisitState[] = ['confirmed', 'reflected', 'returned'];

export function canReflect(status: StudyVisitState): boolean {
  return REFLECTABLE_STATES.includes(status);
}

/** The states in which the trainee may (re)send the host a confirmation link, once the day has come. */
export function canSendConfirmation(status: StudyVisitState): boolean {
  return status === 'planned' || status === 'awaiting_host';
}
