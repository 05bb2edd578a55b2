import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

export interface AuditEvent {
  actorId: string | null;
  /** e.g. `user.list`, `user.create`, `attendance.change`; exports have their own (`progress.export.csv`). */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Ids and counts only: never names or other personal data, which the trail would then keep forever. */
  details?: Record<string, unknown>;
  /**
   * The people whose data the event touched (e.g. every trainee on a roster that was shown).
   * Their names are read from their user rows when the trail is shown, never copied here.
   */
  people?: readonly string[];
}

/** Records staff access to personal data and changes to it. */
@Injectable()
export class AuditService {
  constructor(private readonly trail: AuditRepository) {}

  /** Pass the transaction's manager when the event belongs to a write. */
  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    await this.trail.append(
      {
        actorId: event.actorId,
        action: event.action,
        subjectType: event.subjectType,
        subjectId: event.subjectId ?? null,
        details: event.details ?? {},
        people: [...new Set(event.people ?? [])],
      },
      manager,
    );
  }
}
