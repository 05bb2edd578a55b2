import type { StudyVisitState } from '@peer/contract';

export interface StudyVisit {
  id: string;
  enrolmentId: string;
  requirementId: string;
  unitName: string;
  kind: string;
  organisation: string;
  date: string;
  hours: number;
  hostEmail: string;
  status: StudyVisitState;
  confirmedAt: Date | null;
  answers: string[] | null;
  leaderComment: string | null;
  approvedByName: string | null;
  approvedAt: Date | null;
}

export type NewStudyVisit = Omit<StudyVisit, 'id' | 'confirmedAt' | 'answers' | 'leaderComment' | 'approvedByName' | 'approvedAt'>;

export type LinkState = 'valid' | 'used' | 'expired' | 'replaced' | 'unknown';

/** Port: study visits and the host units' one-time confirmation links. */
export abstract class StudyVisitRepository {
  abstract create(visit: NewStudyVisit): Promise<string>;
  abstract find(id: string): Promise<StudyVisit | null>;
  abstract forEnrolments(enrolmentIds: string[]): Promise<StudyVisit[]>;
  /** Moves the visit from one of `from` to `to`, setting `changes`; false when it was in another state. */
  abstract transition(id: string, from: StudyVisitState[], to: StudyVisitState, changes?: Partial<Pick<StudyVisit, 'answers' | 'leaderComment'>> & { approvedBy?: string }): Promise<boolean>;
  /** Stores a new link and retires the visit's earlier ones. */
  abstract newLink(visitId: string, tokenHash: string, expiresAt: Date): Promise<void>;
  abstract linkState(tokenHash: string, now: Date): Promise<{ state: LinkState; visitId?: string }>;
  /** Uses the link and confirms the visit in one transaction; the state the link was in. */
  abstract useLink(tokenHash: string, now: Date): Promise<LinkState>;
}
