import type { Text } from '@peer/curriculum/model';

// ---- Role-play observation -------------------------------------------------

export const ROLE_PLAY_RESULTS = ['passed', 'not_yet'] as const;
export type RolePlayResultValue = (typeof ROLE_PLAY_RESULTS)[number];

export class CriterionMarkDto {
  criterionId!: string;
  text!: Text;
  /** null until the observer marks it. */
  shown!: boolean | null;
  feedback!: string | null;
}

export class RolePlayReflectionDto {
  id!: string;
  text!: string;
  createdAt!: string;
  /** Written before or after the attempt was signed. */
  afterSigning!: boolean;
}

export class RolePlayAttemptDto {
  id!: string;
  enrolmentId!: string;
  traineeName!: string;
  scenarioId!: string;
  scenarioTitle!: Text;
  attempt!: number;
  status!: 'draft' | 'signed';
  criteria!: CriterionMarkDto[];
  overallFeedback!: string | null;
  /** The signed result. */
  result!: RolePlayResultValue | null;
  /** The result chosen so far in a draft (null once signed). */
  draftResult!: RolePlayResultValue | null;
  observer!: string;
  createdAt!: string;
  signedAt!: string | null;
  reflections!: RolePlayReflectionDto[];
}

export class RolePlayAttemptListResponse {
  attempts!: RolePlayAttemptDto[];
}

// ---- Study visits ----------------------------------------------------------

/** `not_held`: the host unit answered that the visit did not take place; final, the trainee registers a new one. */
export const STUDY_VISIT_STATES = ['planned', 'awaiting_host', 'confirmed', 'reflected', 'returned', 'approved', 'not_held'] as const;
export type StudyVisitState = (typeof STUDY_VISIT_STATES)[number];

/** Stable codes of the refusals (409) that a study visit's state gives; the web words them. */
export const STUDY_VISIT_ERROR_CODES = [
  'study-visit.not-yet',
  'study-visit.answered',
  'study-visit.not-confirmed',
  'study-visit.no-reflection',
  'study-visit.approved',
  'study-visit.not-held',
] as const;
export type StudyVisitErrorCode = (typeof STUDY_VISIT_ERROR_CODES)[number];

/** What the host unit answered through its one-time link. */
export const HOST_ANSWERS = ['confirmed', 'hours-differ', 'not-held'] as const;
export type HostAnswer = (typeof HOST_ANSWERS)[number];

export class StudyVisitDto {
  id!: string;
  enrolmentId!: string;
  traineeName!: string;
  requirementId!: string;
  requirementTitle!: Text;
  unitName!: string;
  kind!: string;
  kindTitle!: Text;
  organisation!: string;
  date!: string;
  hours!: number;
  hostEmail!: string;
  status!: StudyVisitState;
  /** When the host unit answered (confirmed, corrected the hours or said it did not take place). */
  confirmedAt!: string | null;
  /** The host unit's answer; null until it answers. */
  hostAnswer!: HostAnswer | null;
  /** The hours the trainee registered, when the host unit gave other hours (then `hours` are the host's). */
  registeredHours!: number | null;
  questions!: Text[];
  answers!: string[] | null;
  leaderComment!: string | null;
  approvedAt!: string | null;
  approvedBy!: string | null;
}

export class StudyVisitListResponse {
  studyVisits!: StudyVisitDto[];
}
