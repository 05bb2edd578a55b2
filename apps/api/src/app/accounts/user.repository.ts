import type { OrganisationRole, Role } from '@peer/contract';
import type { EntityManager } from 'typeorm';
import type { NewUser, User } from './user';

/** What keeps a user in her role: the cohorts she leads, the groups she supervises, her training record. */
export interface RoleTies {
  /** Names of the cohorts she leads. */
  cohorts: string[];
  /** Names of the supervision groups she supervises. */
  supervisedGroups: string[];
  /** How many enrolments, open invitations, certificates and supervision memberships she has. */
  trainingRecords: number;
}

/** Port: the accounts feature's view of user storage. */
export abstract class UserRepository {
  abstract findById(id: string): Promise<User | null>;
  abstract findByEmail(email: string): Promise<User | null>;
  /** The organisation's accounts (erased ones included, as today), by name. */
  abstract list(organisationId: string, role?: OrganisationRole): Promise<User[]>;
  /** Returns null when the e-mail is already taken. */
  abstract create(user: NewUser, manager?: EntityManager): Promise<User | null>;
  abstract updatePassword(id: string, passwordHash: string, mustChangePassword: boolean, manager?: EntityManager): Promise<void>;
  abstract count(): Promise<number>;

  /** Runs `work` in one transaction; pass its manager to the reads and writes that belong to it. */
  abstract transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /**
   * Locks the organisation's active administrators' rows, then the user's row, for the
   * transaction: changes of administrators are serialised, so two of them cannot leave the
   * organisation without one. Answers the user (null when there is none in the organisation, or
   * she was erased) and the organisation's active administrators' ids.
   */
  abstract lockForChange(id: string, organisationId: string, manager: EntityManager): Promise<{ user: User | null; activeAdminIds: string[] }>;
  abstract setDeactivated(id: string, deactivatedAt: Date | null, manager: EntityManager): Promise<void>;
  abstract setRole(id: string, role: Role, manager: EntityManager): Promise<void>;
  /** Ends every session of the user: she is signed out everywhere at once. */
  abstract endSessions(id: string, manager: EntityManager): Promise<void>;
  abstract roleTies(user: User, manager: EntityManager): Promise<RoleTies>;
}
