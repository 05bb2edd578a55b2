import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { JobContext, JobQueue } from '../jobs/job-queue';
import { ErasureRepository } from './erasure.repository';
import { ErasureService } from './erasure.service';

export const RETENTION_JOB = 'privacy.retention';
/** Trainees looked up per round; each erasure is its own transaction. */
export const RETENTION_BATCH = 50;

/**
 * Erases trainees inactive for `RETENTION_INACTIVE_YEARS` years, nightly. Inactive means no
 * sign-in or other own action, no invitation, no enrolment starting or ending (nor a course day
 * of an open enrolment), no make-up request and no certificate issued, revoked or still valid
 * within that time. Off unless
 * configured. Safe to run twice or to stop half-way: an erased trainee is never found again.
 */
@Injectable()
export class Retention implements OnModuleInit {
  private readonly logger = new Logger(Retention.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly erasures: ErasureRepository,
    private readonly erasure: ErasureService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define({
      name: RETENTION_JOB,
      handler: (_data: object, context) => this.run(context).then(() => undefined),
      // One run at a time; a second schedule tick while one runs has nothing to add.
      queue: { policy: 'singleton', retryLimit: 3, retryDelay: 60 },
      cron: '17 3 * * *',
    });
  }

  /** Erases every trainee inactive for the configured years; how many were erased. */
  async run(context?: JobContext, now = new Date()): Promise<number> {
    const years = this.config.retentionInactiveYears;
    if (years === null) return 0;
    const cutoff = new Date(now);
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
    let erased = 0;
    for (;;) {
      const batch = await this.erasures.inactiveTrainees(cutoff, RETENTION_BATCH);
      if (batch.length === 0) break;
      let progressed = false;
      for (const traineeId of batch) {
        if (context?.signal.aborted) return erased;
        if (await this.erasure.erase(traineeId, null, 'retention')) {
          erased += 1;
          progressed = true;
        }
      }
      if (!progressed) break;
    }
    if (erased > 0) this.logger.log(`Retention: erased ${erased} trainee(s) inactive since ${cutoff.toISOString().slice(0, 10)}`);
    return erased;
  }
}
