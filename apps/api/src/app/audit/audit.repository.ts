import type { Role } from '@peer/contract';
import type { EntityManager } from 'typeorm';

export interface NewAuditEvent {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  /** Distinct ids of the people whose data the event touched. */
  people: string[];
}

export interface AuditFilter {
  person?: string;
  actor?: string;
  action?: string;
  /** Inclusive days in Swedish time (YYYY-MM-DD). */
  from?: string;
  to?: string;
}

export interface AuditEventRow {
  id: string;
  at: Date;
  action: string;
  actor: { id: string; name: string; role: Role } | null;
  subjectType: string;
  subjectId: string | null;
  people: { id: string; name: string }[];
  peopleCount: number;
}

export interface DataAccessRow {
  id: string;
  at: Date;
  action: string;
  staff: { name: string; role: Role };
}

/** The audit trail: only ever appended to; read by administrators and, for her own data, by the person. */
export abstract class AuditRepository {
  /** One statement: the event and every person it names, however many. */
  abstract append(event: NewAuditEvent, manager?: EntityManager): Promise<void>;
  /** The organisation's events, newest first; each lists at most `peopleShown` people (all when null). */
  abstract search(organisationId: string, filter: AuditFilter, page: { offset: number; limit: number }, peopleShown: number | null): Promise<{ rows: AuditEventRow[]; total: number }>;
  /** Reads, exports and changes of the person's data by staff (never her own actions), newest first. */
  abstract staffAccessTo(personId: string, page: { offset: number; limit: number }): Promise<{ rows: DataAccessRow[]; total: number }>;
}
