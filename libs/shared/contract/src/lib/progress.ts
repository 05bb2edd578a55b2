import type { Text } from '@peer/curriculum/model';
import type { CompletionResult, PendingAttention, RequirementKind, RequirementState } from '@peer/progress';
import { type AttendanceStatus, type CohortSummaryDto, CourseDaySlotDto, type MakeUpDto, type PersonDto } from './cohorts';

export type { CompletionResult, PendingAttention, RequirementKind, RequirementState };

/** One scheduled day as the trainee sees it. */
export class MyCourseDayDto extends CourseDaySlotDto {
  status!: AttendanceStatus | null;
  comment!: string | null;
  absenceReported!: boolean;
}

export class MyEnrolmentDto {
  enrolmentId!: string;
  cohort!: CohortSummaryDto;
  days!: MyCourseDayDto[];
  makeUps!: MakeUpDto[];
  result!: CompletionResult;
}

export class MyTrainingResponse {
  enrolments!: MyEnrolmentDto[];
}

export class TraineeProgressDto {
  trainee!: PersonDto;
  cohortId!: string;
  result!: CompletionResult;
}

export class RequirementColumnDto {
  id!: string;
  kind!: RequirementKind;
  label!: Text;
}

export class ProgressCellDto {
  status!: RequirementState;
  reason!: Text;
  /** A pending course day: `blocked` (needs a make-up), `overdue` (not recorded) or `upcoming`. */
  attention?: PendingAttention;
}

export class ProgressRowDto {
  traineeId!: string;
  enrolmentId!: string;
  name!: string;
  certifiable!: boolean;
  summary!: CompletionResult['summary'];
  /** By requirement id. */
  cells!: Record<string, ProgressCellDto>;
}

/**
 * The whole matrix with every cell spelled out: what the CSV export holds, and what the web
 * assembles from pages when it needs every trainee (the certificates page).
 */
export class CohortProgressDto {
  cohortId!: string;
  requirements!: RequirementColumnDto[];
  rows!: ProgressRowDto[];
}

/**
 * One-character codes of the requirement states in a matrix page. Most cells of a cohort share
 * a handful of reasons, so a page names each state by one letter and each reason once.
 */
export const PROGRESS_STATE_CODES = { met: 'm', pending: 'p', failed: 'f' } as const satisfies Record<RequirementState, string>;

/** A pending cell that says why it waits (`ProgressCellDto.attention`) has its own letter in place of `p`. */
export const PROGRESS_ATTENTION_CODES = { blocked: 'b', overdue: 'o', upcoming: 'u' } as const satisfies Record<PendingAttention, string>;

/** A trainee's row in a matrix page: the cells follow the page's `requirements` in order. */
export class ProgressPageRowDto {
  traineeId!: string;
  enrolmentId!: string;
  name!: string;
  certifiable!: boolean;
  summary!: CompletionResult['summary'];
  /** One character per requirement column (`PROGRESS_STATE_CODES`, `PROGRESS_ATTENTION_CODES`); `-` where the engine gave no verdict. */
  states!: string;
  /** Per requirement column, the index of its reason in the page's `reasons`; -1 where there is none. */
  reasons!: number[];
}

/**
 * One page of the cohort × requirement matrix (`GET /cohorts/:id/progress`). Filters apply to the
 * whole cohort; `total` counts the trainees that match them, `offset`/`limit` select the page.
 */
export class CohortProgressPageDto {
  cohortId!: string;
  requirements!: RequirementColumnDto[];
  /** Every distinct reason on this page once. */
  reasons!: Text[];
  rows!: ProgressPageRowDto[];
  total!: number;
  offset!: number;
  limit!: number;
}

/** Rows per page when the request names none, and the most one request may ask for. */
export const PROGRESS_PAGE_SIZE = 100;
export const PROGRESS_MAX_PAGE_SIZE = 500;

export const PROGRESS_FILTERS = ['all', 'blocked', 'certifiable'] as const;

/** What a cohort needs from its staff now, as counts (no person is named). */
export class CohortActionsDto {
  cohortId!: string;
  /** Course days already held on which some enrolled trainee has no attendance mark. */
  attendanceToTake!: number;
  /** Missed days, over all trainees, that still need a make-up. */
  makeUpsOpen!: number;
  /** Study visits with a reflection awaiting approval. */
  visitsToApprove!: number;
  /** Required role-plays, over all trainees, not yet passed. */
  rolePlaysToObserve!: number;
  /** Trainees who meet every requirement and hold no certificate of the course yet. */
  readyToCertify!: number;
}
