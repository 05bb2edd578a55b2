import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/persistence/audit-event.entity';

/**
 * Records every public look at a certificate or a shared record. Written in
 * batches, so a busy verification page does not wait for the audit log.
 */
@Injectable()
export class PublicViews implements OnModuleDestroy {
  private pending: Partial<AuditEventEntity>[] = [];
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  record(action: string, subjectType: string, subjectId: string, details: Record<string, unknown> = {}): void {
    this.pending.push({ actorId: null, action, subjectType, subjectId, details });
    if (this.pending.length >= 200) void this.flush();
    this.timer ??= setTimeout(() => void this.flush(), 1000);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0 && this.db.isInitialized) {
      await this.db.getRepository(AuditEventEntity).insert(batch).catch(() => undefined);
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.flush();
  }
}
