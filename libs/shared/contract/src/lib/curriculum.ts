import type { CourseChange, CourseDay, CourseKind, CourseVersionContent, RolePlayScenario, StudyVisitKind, StudyVisitRequirement, Text } from '@peer/curriculum/model';

/** The newest published version of one course. */
export class CourseSummaryDto {
  id!: string;
  kind!: CourseKind;
  title!: Text;
  summary!: Text;
  prerequisites!: string[];
  dayCount!: number;
  hours!: number;
  latestVersion!: number;
  publishedAt!: string;
  /** The name of the organisation whose own module this is; null for a national course. */
  organisation!: string | null;
}

export class CourseListResponse {
  courses!: CourseSummaryDto[];
}

export class CourseVersionSummaryDto {
  courseId!: string;
  version!: number;
  contentHash!: string;
  publishedAt!: string;
}

export class CourseVersionListResponse {
  versions!: CourseVersionSummaryDto[];
}

/** One published, immutable version with everything it contains. */
export class CourseVersionDto extends CourseVersionSummaryDto {
  content!: CourseVersionContent;
}

export class CourseDayDto {
  courseId!: string;
  version!: number;
  day!: CourseDay;
}

export class RolePlayScenarioListResponse {
  scenarios!: RolePlayScenario[];
}

export interface StudyVisitRequirementDto extends StudyVisitRequirement {
  required: boolean;
  kindTitle: Text;
}

export class StudyVisitRequirementListResponse {
  studyVisits!: StudyVisitRequirementDto[];
}

export class StudyVisitKindListResponse {
  kinds!: StudyVisitKind[];
}

export class CourseVersionDiffResponse {
  courseId!: string;
  from!: number;
  to!: number;
  changes!: CourseChange[];
}

export class PublishedCourseDto {
  courseId!: string;
  version!: number;
  /** `created`: a new version; `unchanged`: identical to the newest version. */
  status!: 'created' | 'unchanged';
}

export class PublishResponse {
  courses!: PublishedCourseDto[];
}

/** What publishing the content as it is now would do to one course. */
export class PublishPreviewCourseDto {
  courseId!: string;
  title!: Text;
  /** The newest published version; null for a course never published. */
  current!: number | null;
  /** `new`: version 1 would be created; `changed`: a new version with `changes`; `unchanged`: nothing. */
  status!: 'new' | 'changed' | 'unchanged';
  /** From the newest published version to the content now; empty unless `changed`. */
  changes!: CourseChange[];
}

export class PublishPreviewResponse {
  courses!: PublishPreviewCourseDto[];
}

export class CurriculumProblemDto {
  file!: string;
  path!: string;
  reason!: string;
  line?: number;
}
