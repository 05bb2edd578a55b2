import type { HostAnswer, StudyVisitState } from '@peer/contract';
import type { EntityManager } from 'typeorm';

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
  hostAnswer: HostAnswer | null;
  registeredHours: number | null;
  answers: string[] | null;
  leaderComment: string | null;
  approvedByName: string | null;
  approvedAt: Date | null;
}

export type NewStudyVisit = Omit<StudyVisit, 'id' | 'confirmedAt' | 'hostAnswer' | 'registeredHours' | 'answers' | 'leaderComment' | 'approvedByName' | 'approvedAt'>;

/** The host unit's answer through its link: as registered, with other hours, or not held. */
export type HostReply = { answer: 'confirmed' } | { answer: 'hours-differ'; hours: number } | { answer: 'not-held' };

export type LinkState = 'valid' | 'used' | 'expired' | 'replaced' | 'unknown';

/** The daily limit a host mail would pass, as the stable code clients see. */
export type HostMailLimitRule = 'mail.limit-visit' | 'mail.limit-trainee' | 'mail.limit-recipient';

/** Host mails allowed per Stockholm day. */
export interface HostMailLimits {
  perVisit: number;
  perTrainee: number;
  perRecipient: number;
}

export interface HostMail {
  visitId: string;
  traineeId: string;
  /** Lower-cased address. */
  recipient: string;
  /** The Stockholm date, YYYY-MM-DD. */
  day: string;
}

/** Port: study visits and the host units' one-time confirmation links. */
export abstract class StudyVisitRepository {
  /** Runs `work` in one transaction; pass its manager to the writes (and the mail) that belong to it. */
  abstract transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  abstract create(visit: NewStudyVisit, manager?: EntityManager): Promise<string>;
  abstract find(id: string, manager?: EntityManager): Promise<StudyVisit | null>;
  abstract forEnrolments(enrolmentIds: string[]): Promise<StudyVisit[]>;
  /** Every visit of the trainee in any enrolment, withdrawn ones too (her data export). */
  abstract dataOf(traineeId: string): Promise<StudyVisit[]>;
  /** Moves the visit from one of `from` to `to`, setting `changes`; false when it was in another state. */
  abstract transition(id: string, from: StudyVisitState[], to: StudyVisitState, changes?: Partial<Pick<StudyVisit, 'answers' | 'leaderComment'>> & { approvedBy?: string }, manager?: EntityManager): Promise<boolean>;
  /** Stores a new link and retires the visit's earlier ones. */
  abstract newLink(visitId: string, tokenHash: string, expiresAt: Date, manager?: EntityManager): Promise<void>;
  /**
   * Within the caller's transaction: counts the day's host mails of the visit, the trainee and
   * the recipient, and records this one when no limit is reached; otherwise names the limit
   * and records nothing. Concurrent calls for the same trainee or recipient wait for each other,
   * on every instance, so the counts cannot be overrun by a race.
   */
  abstract recordHostMail(manager: EntityManager, mail: HostMail, limits: HostMailLimits): Promise<HostMailLimitRule | null>;
  abstract linkState(tokenHash: string, now: Date): Promise<{ state: LinkState; visitId?: string }>;
  /** Uses the link and records the host's answer in one transaction; the state the link was in. */
  abstract useLink(tokenHash: string, now: Date, reply: HostReply): Promise<LinkState>;
}
