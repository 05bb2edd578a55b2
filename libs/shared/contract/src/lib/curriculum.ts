import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { MAX_INTEGER_COLUMN } from './errors';
import type { CourseChange, CourseDay, CourseKind, CourseVersionContent, RolePlayScenario, StudyVisitKind, StudyVisitRequirement, Text } from '@peer/curriculum/model';

/** The newest published version of one course. */
export interface CourseSummaryDto {
  id: string;
  kind: CourseKind;
  title: Text;
  summary: Text;
  prerequisites: string[];
  dayCount: number;
  hours: number;
  latestVersion: number;
  publishedAt: string;
}

export interface CourseListResponse {
  courses: CourseSummaryDto[];
}

export interface CourseVersionSummaryDto {
  courseId: string;
  version: number;
  contentHash: string;
  publishedAt: string;
}

export interface CourseVersionListResponse {
  versions: CourseVersionSummaryDto[];
}

/** One published, immutable version with everything it contains. */
export interface CourseVersionDto extends CourseVersionSummaryDto {
  content: CourseVersionContent;
}

export interface CourseDayDto {
  courseId: string;
  version: number;
  day: CourseDay;
}

export interface RolePlayScenarioListResponse {
  scenarios: RolePlayScenario[];
}

export interface StudyVisitRequirementDto extends StudyVisitRequirement {
  required: boolean;
  kindTitle: Text;
}

export interface StudyVisitRequirementListResponse {
  studyVisits: StudyVisitRequirementDto[];
}

export interface StudyVisitKindListResponse {
  kinds: StudyVisitKind[];
}

export interface CourseVersionDiffResponse {
  courseId: string;
  from: number;
  to: number;
  changes: CourseChange[];
}

export interface PublishedCourseDto {
  courseId: string;
  version: number;
  /** `created`: a new version; `unchanged`: identical to the newest version. */
  status: 'created' | 'unchanged';
}

export interface PublishResponse {
  courses: PublishedCourseDto[];
}

export interface CurriculumProblemDto {
  file: string;
  path: string;
  reason: string;
  line?: number;
}

const COURSE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class CourseParams {
  @Matches(COURSE_ID, { message: 'courseId must be a kebab-case course id' })
  courseId!: string;
}

export class CourseVersionParams extends CourseParams {
  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `version must be at most ${MAX_INTEGER_COLUMN}` })
  version!: number;
}

export class CourseDayParams extends CourseVersionParams {
  @Type(() => Number)
  @IsInt({ message: 'day must be a whole number' })
  @Min(1, { message: 'day must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `day must be at most ${MAX_INTEGER_COLUMN}` })
  day!: number;
}

export class CourseDiffQuery {
  @Type(() => Number)
  @IsInt({ message: 'from must be a whole number' })
  @Min(1, { message: 'from must be at least 1' })
  @Max(MAX_INTEGER_COLUMN, { message: `from must be at most ${MAX_INTEGER_COLUMN}` })
  from!: number;
}
