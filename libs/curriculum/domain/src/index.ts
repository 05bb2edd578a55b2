export * from './lib/model';
export {
  formatProblems,
  CurriculumError,
  type CurriculumProblem,
} from './lib/problems';
export { loadCurriculum, loadValidCurriculum, type CurriculumLoadResult } from './lib/load';
export { checkCurriculum } from './lib/check';
export {
  COURSE_VERSION_FORMAT,
  canonicalCourse,
  canonicalJson,
  contentHash,
  courseContentHash,
  courseVersionContent,
  parseCourseVersion,
  type CourseVersionContent,
} from './lib/canonical';
export { diffCourseVersions, type CourseChange, type CourseChangeKind } from './lib/diff';
