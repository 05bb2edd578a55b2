import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/persistence/audit-event.entity';

interface Tally {
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
  count: number;
  first: Date;
  last: Date;
}

/**
 * Records every public look at a certificate or a shared record. Visitors are
 * anonymous (no address is kept), so looks at the same thing within a second
 * are written as one audit row with their count and time span: a busy
 * verification page does not turn into thousands of inserts.
 */
@Injectable()
export class PublicViews implements OnModuleDestroy {
  private pending = new Map<string, Tally>();
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  record(action: string, subjectType: string, subjectId: string, details: Record<string, unknown> = {}): void {
    const key = `${action}|${subjectType}|${subjectId}|${JSON.stringify(details)}`;
    const now = new Date();
    const tally = this.pending.get(key);
    if (tally) {
      tally.count += 1;
      tally.last = now;
    } else {
      this.pending.set(key, { action, subjectType, subjectId, details, count: 1, first: now, last: now });
    }
    this.timer ??= setTimeout(() => void this.flush(), 1000);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    if (batch.length === 0 || !this.db.isInitialized) return;
    await this.db
      .getRepository(AuditEventEntity)
      .insert(
        batch.map((t) => ({
          actorId: null,
          action: t.action,
          subjectType: t.subjectType,
          subjectId: t.subjectId,
          details: { ...t.details, views: t.count, from: t.first.toISOString(), to: t.last.toISOString() },
        })),
      )
      .catch(() => undefined);
  }

  onModuleDestroy(): Promise<void> {
    return this.flush();
  }
}
