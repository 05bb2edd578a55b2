import type { ErasureRequestState } from '@peer/contract';
import type { EntityManager } from 'typeorm';

export interface ErasureRequest {
  id: string;
  traineeId: string;
  status: ErasureRequestState;
  requestedAt: Date;
  settledAt: Date | null;
}

/** A pending request with whom it is about, for administrators. */
export interface PendingErasure extends ErasureRequest {
  name: string;
  email: string;
}

/** A name this short would match too much unrelated text: only the e-mail is looked for then. */
export const SHORTEST_NAME_TO_SCRUB = 4;

/** The person as she was, handed to the work done in the erasure's own transaction. */
export interface ErasedPerson {
  id: string;
  name: string;
  email: string;
  pseudonym: string;
  /** Codes of all her certificates, whose public pages changed. */
  certificateCodes: string[];
  /** How many of them were valid and are now revoked at her request. */
  revoked: number;
}

/** Port: erasure requests and the erasure of one trainee across every feature's tables. */
export abstract class ErasureRepository {
  /** Her pending request; a second call finds the first. */
  abstract request(traineeId: string): Promise<ErasureRequest>;
  abstract pendingOf(traineeId: string): Promise<ErasureRequest | null>;
  /** False when nothing was pending. */
  abstract cancel(traineeId: string): Promise<boolean>;
  /** Every request she made, oldest first. */
  abstract dataOf(traineeId: string): Promise<ErasureRequest[]>;
  /** Pending requests of trainees not yet erased, oldest first. */
  /** The pending requests of the organisation's people; her organisation is the one she belongs to now. */
  abstract pending(organisationId: string): Promise<PendingErasure[]>;
  abstract findPending(id: string, organisationId: string): Promise<PendingErasure | null>;
  /**
   * One transaction: the trainee's account becomes `pseudonym`, what names her or she wrote is
   * deleted or cleared, her valid certificates are revoked at her request and scrubbed, her
   * pending request is settled by `actorId`, and `within` runs last in the same transaction.
   * Null when she is no trainee or already erased (nothing changes).
   */
  abstract erase(traineeId: string, pseudonym: string, actorId: string | null, within: (manager: EntityManager, person: ErasedPerson) => Promise<void>): Promise<ErasedPerson | null>;
  /** Up to `limit` trainees, not yet erased, with no activity since `cutoff` (see README: retention). */
  abstract inactiveTrainees(cutoff: Date, limit: number): Promise<string[]>;
}
