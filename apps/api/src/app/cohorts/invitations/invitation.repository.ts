import type { InvitationOutcome } from '@peer/contract';
import type { EntityManager } from 'typeorm';
import type { NewUser } from '../../accounts/user';

export interface Invitation {
  id: string;
  cohortId: string;
  /** As the leader typed it. */
  name: string;
  /** As the leader typed it, lower-cased. */
  email: string;
  outcome: InvitationOutcome;
  invitedBy: string | null;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  revokedAt: Date | null;
}

export interface NewInvitation {
  cohortId: string;
  name: string;
  email: string;
  invitedBy: string;
  expiresAt: Date;
}

/** The only account facts dispatching an invitation needs. */
export type AccountKind = 'none' | 'trainee' | 'staff';

/** Port: invitations to cohorts and the enrolments and accounts their acceptance makes. */
export abstract class InvitationRepository {
  /** Runs `work` in one transaction; pass its manager to the writes (and mail and jobs) that belong to it. */
  abstract transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /**
   * Of these e-mails, those the cohort already holds: an open invitation that has not expired, or
   * an active enrolment. Both are the leader's own roster, so naming them discloses nothing.
   */
  abstract taken(cohortId: string, emails: string[], now: Date, manager: EntityManager): Promise<Map<string, 'invited' | 'enrolled'>>;
  /**
   * Inserts the invitations. Declined or expired invitations of the same e-mails to the cohort
   * are retired first. Returns null when another request took one of the e-mails meanwhile.
   */
  abstract create(invitations: NewInvitation[], now: Date, manager: EntityManager): Promise<Invitation[] | null>;
  abstract find(id: string, manager?: EntityManager): Promise<Invitation | null>;
  /** Locks the invitation for the transaction; null when there is none. */
  abstract lock(id: string, manager: EntityManager): Promise<Invitation | null>;
  abstract findByToken(tokenHash: string, manager?: EntityManager): Promise<Invitation | null>;
  /** Not accepted and not cancelled, oldest first: what the leader's roster shows. */
  abstract openForCohort(cohortId: string): Promise<Invitation[]>;
  /** Every invitation of the cohort, for administrators. */
  abstract allForCohort(cohortId: string): Promise<Invitation[]>;
  /** Open, unexpired invitations to this address that a trainee may answer. */
  abstract openForEmail(email: string, now: Date): Promise<Invitation[]>;
  abstract accountOf(email: string, manager?: EntityManager): Promise<AccountKind>;
  abstract dispatched(id: string, outcome: InvitationOutcome, tokenHash: string | null, manager: EntityManager): Promise<void>;
  /**
   * Enrols the trainee and marks the invitation accepted. When she is already in the cohort
   * (enrolled before invitations existed) the invitation is accepted without a second enrolment.
   * Her account moves to the cohort's organisation.
   */
  abstract accept(invitationId: string, cohortId: string, traineeId: string, manager: EntityManager): Promise<string>;
  /** Creates the trainee's account in the inviting cohort's organisation; null when the e-mail has been taken since. */
  abstract createTrainee(user: Omit<NewUser, 'organisationId'>, cohortId: string, manager: EntityManager): Promise<string | null>;
  abstract decline(id: string, manager: EntityManager): Promise<void>;
  abstract revoke(id: string, manager: EntityManager): Promise<void>;
}
