import type { EntityManager } from 'typeorm';

export interface SupervisionPerson {
  id: string;
  name: string;
}

export interface SupervisionGroup {
  id: string;
  name: string;
  supervisors: SupervisionPerson[];
  members: SupervisionPerson[];
}

export interface SupervisionMark {
  traineeId: string;
  name: string;
  present: boolean;
}

export interface SupervisionSession {
  id: string;
  groupId: string;
  date: string;
  startTime: string;
  minutes: number;
  place: string | null;
  supervisor: SupervisionPerson;
  attendance: SupervisionMark[];
}

export interface NewSupervisionSession {
  groupId: string;
  supervisorId: string;
  date: string;
  startTime: string;
  minutes: number;
  place: string | null;
  attendance: { traineeId: string; present: boolean }[];
}

/** One session as one member sees it. */
export interface MemberSession {
  id: string;
  groupName: string;
  date: string;
  startTime: string;
  minutes: number;
  place: string | null;
  supervisorName: string;
  present: boolean;
  reflection: string | null;
}

/** A member's attended supervision in numbers only: no groups, people or reflections (shown on her share link). */
export interface SupervisionSummary {
  hours: number;
  sessions: number;
  /** Oldest year first; years without attended sessions are left out. */
  years: { year: number; hours: number; sessions: number }[];
}

/** Who may be named in a group: an account of the right role, by id. */
export interface AccountRole {
  id: string;
  role: string;
  organisationId: string | null;
}

/** Port: supervision groups, their sessions and each member's attendance. */
export abstract class SupervisionRepository {
  abstract transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** The roles of these accounts; unknown ids are missing from the answer. */
  abstract rolesOf(userIds: string[]): Promise<AccountRole[]>;
  abstract createGroup(group: { name: string; organisationId: string; supervisorIds: string[]; memberIds: string[] }, manager?: EntityManager): Promise<string>;
  abstract group(id: string): Promise<SupervisionGroup | null>;
  /** The organisation's groups, or the groups she supervises. */
  abstract groups(filter: { organisationId: string } | { supervisorId: string }): Promise<SupervisionGroup[]>;
  /** The organisation the group belongs to; null when there is no such group. */
  abstract organisationOf(groupId: string): Promise<string | null>;
  abstract isSupervisor(groupId: string, userId: string): Promise<boolean>;
  abstract createSession(session: NewSupervisionSession, manager?: EntityManager): Promise<string>;
  abstract sessionsOf(groupId: string): Promise<SupervisionSession[]>;
  abstract session(id: string): Promise<SupervisionSession | null>;
  /** The member's sessions, newest first, with her attendance and reflection. */
  abstract memberSessions(traineeId: string): Promise<MemberSession[]>;
  /** Sets the reflection when she attended the session; false when she did not (or it is not hers). */
  abstract reflect(sessionId: string, traineeId: string, text: string): Promise<boolean>;
  /**
   * Attended hours (present minutes / 60) per trainee for sessions dated from `from` to `to`,
   * both days included (Stockholm calendar dates). Every id asked for is in the answer, 0 when none.
   */
  abstract hoursOf(traineeIds: string[], from: Date, to: Date): Promise<Map<string, number>>;
  /** The sessions she attended (present), counted and in hours, in all and per calendar year of the session. */
  abstract summaryOf(traineeId: string): Promise<SupervisionSummary>;
}
