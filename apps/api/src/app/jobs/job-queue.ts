import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { PgBoss as PgBossClass, Job, Queue, SendOptions } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { DATABASE_URL } from '../database/database-url';

type PgBossModule = typeof import('pg-boss');
// pg-boss is published as an ES module only; the API is bundled as CommonJS. The random
// marker keeps V8 from reusing one compilation (and its module context) across Jest sandboxes.
const loadPgBoss = new Function(`return import("pg-boss"); // ${randomUUID()}`) as () => Promise<PgBossModule>;

/** Where the queue engine keeps its own tables; they are not an API of ours. */
export const QUEUE_SCHEMA = 'pgboss';

/** Injection token: false in command-line tools, which queue jobs but never work them. */
export const JOB_WORKERS = Symbol('JOB_WORKERS');

export interface JobContext {
  /** Aborted when this instance shuts down: stop between units of work and queue the rest again. */
  signal: AbortSignal;
}

export type JobHandler<T> = (data: T, context: JobContext) => Promise<void>;

export interface JobDefinition<T> {
  name: string;
  handler: JobHandler<T>;
  queue?: Omit<Queue, 'name'>;
  /** Parallel handlers of this queue on one instance. */
  concurrency?: number;
  /** A cron expression (Europe/Stockholm) when the job also runs on a schedule. */
  cron?: string;
}

/**
 * Background work on the PostgreSQL-backed queue (pg-boss). Features define
 * their handlers when their module starts; every instance works every queue,
 * so a job outlives the process that queued it and is finished by whichever
 * instance is alive.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly stopping = new AbortController();
  private boss?: PgBossClass;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(JOB_WORKERS) private readonly workers: boolean,
  ) {}

  define<T>(definition: JobDefinition<T>): void {
    if (this.boss) throw new Error(`job ${definition.name} defined after the queue started`);
    this.definitions.set(definition.name, definition as JobDefinition<never>);
  }

  /**
   * Queues a job. With `manager`, the job is written in that transaction, so it
   * exists exactly when the rows it works on were committed.
   */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}, manager?: EntityManager): Promise<string | null> {
    const boss = this.started();
    const runner = manager?.queryRunner;
    if (manager && !runner) throw new Error('queue a job in a transaction through its manager');
    const db = runner && {
      executeSql: async (text: string, values?: unknown[]) => ({ rows: (await runner.query(text, values, true)).records as unknown[] }),
    };
    return boss.send(name, data, db ? { ...options, db } : options);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { PgBoss } = await loadPgBoss();
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: QUEUE_SCHEMA,
      application_name: 'peer-academy-jobs',
      max: 4,
      // A job whose instance died (kill -9) misses its heartbeats and is retried elsewhere within seconds.
      superviseIntervalSeconds: 2,
      monitorIntervalSeconds: 2,
      useListenNotify: this.workers,
      supervise: this.workers,
      schedule: this.workers,
    } as ConstructorParameters<typeof PgBoss>[0]);
    boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
    for (const definition of this.definitions.values()) {
      await boss.createQueue(definition.name, { notify: true, ...definition.queue });
      if (!this.workers) continue;
      if (definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'Europe/Stockholm' });
      await boss.work<never>(
        definition.name,
        { localConcurrency: definition.concurrency ?? 1, pollingIntervalSeconds: 2 },
        async ([job]: Job<never>[]) => this.run(definition, job as Job<never>),
      );
    }
  }

  /** Stops fetching, lets running handlers stop at their next checkpoint and returns their jobs to the queue. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.boss?.stop({ graceful: true, timeout: 10_000, close: true });
    this.boss = undefined;
  }

  private async run(definition: JobDefinition<never>, job: Job<never>): Promise<void> {
    try {
      await definition.handler(job.data, { signal: this.stopping.signal });
    } catch (error) {
      this.logger.error(`job ${definition.name} ${job.id} failed: ${(error as Error).message}`);
      throw error; // pg-boss retries it, on this instance or another
    }
  }

  private started(): PgBossClass {
    if (!this.boss) throw new Error('the job queue has not started');
    return this.boss;
  }
}
