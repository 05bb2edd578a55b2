import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue';
import { IDLE_TIMEOUT_MS } from './auth.service';
import { SessionRepository } from './session.repository';

export const SESSION_CLEANUP_JOB = 'auth.sessions-cleanup';

/** Ended sessions are refused at once; this scheduled job also removes their rows. */
@Injectable()
export class SessionCleanup implements OnModuleInit {
  private readonly logger = new Logger(SessionCleanup.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly sessions: SessionRepository,
  ) {}

  onModuleInit(): void {
    this.queue.define({
      name: SESSION_CLEANUP_JOB,
      cron: '17 * * * *',
      handler: async () => {
        await this.run();
      },
    });
  }

  async run(now = new Date()): Promise<number> {
    const deleted = await this.sessions.deleteEnded(now, new Date(now.getTime() - IDLE_TIMEOUT_MS));
    if (deleted > 0) this.logger.log(`deleted ${deleted} ended sessions`);
    return deleted;
  }
}
