/** Port: the counts behind a cohort's to-do list that the completion engine does not give. */
export abstract class ActionsRepository {
  /** Course days before `today` on which some enrolled trainee has no attendance mark. */
  abstract daysWithoutAttendance(cohortId: string, today: string): Promise<number>;
  /** Study visits of the cohort's enrolled trainees with a reflection awaiting the leader. */
  abstract visitsToApprove(cohortId: string): Promise<number>;
  /** Of these trainees, those who hold a current certificate (valid, or renewed since) of the course version. */
  abstract certified(courseId: string, version: number, traineeIds: string[]): Promise<Set<string>>;
}
