export {
  ATTENDANCE_LIMIT_REQUIREMENT_ID,
  ENROLMENT_REQUIREMENT_ID,
  attendanceRequirementId,
  evaluateCompletion,
  missingPrerequisites,
  missingRequirements,
  prerequisiteRequirementId,
  requirementIds,
  rolePlayRequirementId,
  studyVisitRequirementId,
} from './lib/completion';
export { evaluateRenewal, missingRenewalRequirements, renewalCourseRequirementId, SUPERVISION_HOURS_REQUIREMENT_ID } from './lib/renewal';
export * from './lib/types';
