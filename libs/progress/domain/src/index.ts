export {
  ATTENDANCE_LIMIT_REQUIREMENT_ID,
  ENROLMENT_REQUIREMENT_ID,
  attendanceRequirementId,
  evaluateCompletion,
  missingRequirements,
  requirementIds,
  rolePlayRequirementId,
  studyVisitRequirementId,
} from './lib/completion';
export * from './lib/types';
