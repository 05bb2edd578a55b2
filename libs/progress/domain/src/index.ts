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
export * from './lib/types';
