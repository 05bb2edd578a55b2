import type { CriterionMark } from './persistence/role-play.entities';

export interface RolePlayAttempt {
  id: string;
  enrolmentId: string;
  scenarioId: string;
  attempt: number;
  status: 'draft' | 'signed';
  criteria: CriterionMark[];
  overallFeedback: string | null;
  result: 'passed' | 'not_yet' | null;
  /** The result chosen so far while the attempt is a draft. */
  draftResult: 'passed' | 'not_yet' | null;
  observerId: string;
  observerName: string;
  createdAt: Date;
  signedAt: Date | null;
  reflections: { id: string; text: string; afterSigning: boolean; createdAt: Date }[];
}

/** Port: observed role-play attempts. Signed attempts are never changed. */
export abstract class RolePlayRepository {
  abstract find(id: string): Promise<RolePlayAttempt | null>;
  abstract forEnrolments(enrolmentIds: string[]): Promise<RolePlayAttempt[]>;
  /** Every attempt of the trainee in any enrolment, withdrawn ones too (her data export). */
  abstract dataOf(traineeId: string): Promise<RolePlayAttempt[]>;
  /** The open draft for the scenario, or a new one numbered after the last attempt. */
  abstract openDraft(enrolmentId: string, scenarioId: string, observerId: string, criteria: CriterionMark[]): Promise<string>;
  /** False when the attempt is no longer a draft. */
  abstract saveDraft(id: string, criteria: CriterionMark[], overallFeedback: string | null, draftResult: 'passed' | 'not_yet' | null, observerId: string): Promise<boolean>;
  /** Signs exactly once: false when it was already signed. */
  abstract sign(id: string, result: 'passed' | 'not_yet', observerId: string): Promise<boolean>;
  abstract addReflection(attemptId: string, text: string, afterSigning: boolean): Promise<void>;
}
