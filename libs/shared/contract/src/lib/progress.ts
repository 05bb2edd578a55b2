import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Text } from '@peer/curriculum/model';
import type { CompletionResult, RequirementKind, RequirementState } from '@peer/progress';
import type { AttendanceStatus, CohortSummaryDto, CourseDaySlotDto, MakeUpDto, PersonDto } from './cohorts';

export type { CompletionResult, RequirementKind, RequirementState };

/** One scheduled day as the trainee sees it. */
export interface MyCourseDayDto extends CourseDaySlotDto {
  status: AttendanceStatus | null;
  comment: string | null;
  absenceReported: boolean;
}

export interface MyEnrolmentDto {
  enrolmentId: string;
  cohort: CohortSummaryDto;
  days: MyCourseDayDto[];
  makeUps: MakeUpDto[];
  result: CompletionResult;
}

export interface MyTrainingResponse {
  enrolments: MyEnrolmentDto[];
}

export interface TraineeProgressDto {
  trainee: PersonDto;
  cohortId: string;
  result: CompletionResult;
}

export interface RequirementColumnDto {
  id: string;
  kind: RequirementKind;
  label: Text;
}

export interface ProgressCellDto {
  status: RequirementState;
  reason: Text;
}

export interface ProgressRowDto {
  traineeId: string;
  enrolmentId: string;
  name: string;
  certifiable: boolean;
  summary: CompletionResult['summary'];
  /** By requirement id. */
  cells: Record<string, ProgressCellDto>;
}

export interface CohortProgressDto {
  cohortId: string;
  requirements: RequirementColumnDto[];
  rows: ProgressRowDto[];
}

export const PROGRESS_FILTERS = ['all', 'blocked', 'certifiable'] as const;

export class CohortProgressQuery {
  /** `blocked`: trainees with any unmet requirement; `certifiable`: the others. */
  @IsOptional()
  @IsIn(PROGRESS_FILTERS, { message: `show must be one of: ${PROGRESS_FILTERS.join(', ')}` })
  show?: (typeof PROGRESS_FILTERS)[number];

  /** Only trainees for whom this requirement is unmet. */
  @IsOptional()
  @Matches(/^[a-z0-9:-]{1,100}$/, { message: 'requirement must be a requirement id' })
  requirement?: string;

  @IsOptional()
  @IsIn(['sv', 'en'], { message: 'lang must be sv or en' })
  lang?: 'sv' | 'en';
}
