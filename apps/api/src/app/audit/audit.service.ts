import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './persistence/audit-event.entity';

export interface AuditEvent {
  actorId: string | null;
  /** e.g. `user.list`, `user.create`, `attendance.change` */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/** Records staff access to personal data and changes to it. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Pass the transaction's manager when the event belongs to a write. */
  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repository.insert({
      actorId: event.actorId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      details: event.details ?? {},
    });
  }
}
