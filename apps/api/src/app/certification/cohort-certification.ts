import { ConflictException, Injectable, Logger, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateLanguage, CertificationItemReason, CertificationJobDto, CertificationJobItemDto } from '@peer/contract';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { CohortAccess } from '../cohorts/cohort-access';
import { JobContext, JobQueue } from '../jobs/job-queue';
import { ProgressService } from '../progress/progress.service';
import { CertificationService } from './certification.service';
import { CertificateEntity, CertificationJobEntity, CertificationJobItemEntity } from './persistence/certification.entities';

export const COHORT_JOB = 'certification.cohort';
/** Where a cohort job goes when every retry failed: its row is marked failed with the reason. */
export const COHORT_JOB_DEAD = 'certification.cohort.dead';

interface CohortJobData {
  jobId: string;
}

type Evaluated = Awaited<ReturnType<ProgressService['evaluateCohort']>>;

/**
 * Certifies every certifiable trainee of a cohort as a durable job: one open
 * job per cohort, planned once as one row per trainee, each trainee issued
 * at most once (the row is settled in the transaction that stores the
 * certificate), resumed after a crash by whichever instance is alive.
 */
@Injectable()
export class CohortCertification implements OnModuleInit {
  private readonly logger = new Logger(CohortCertification.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: JobQueue,
    private readonly certification: CertificationService,
    private readonly progress: ProgressService,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.queue.define<CohortJobData & { error?: string }>({
      name: COHORT_JOB_DEAD,
      handler: (data) => this.giveUp(data.jobId),
    });
    this.queue.define<CohortJobData>({
      name: COHORT_JOB,
      handler: (data, context) => this.run(data.jobId, context),
      // A missed heartbeat (the instance died) hands the job to another instance within seconds.
      // `singleton` with the job id as key: never two handlers on one cohort job, any number on different ones.
      queue: { policy: 'singleton', heartbeatSeconds: 10, retryLimit: 5, retryDelay: 2, retryBackoff: true, expireInSeconds: 3600, deadLetter: COHORT_JOB_DEAD },
    });
  }

  /** Queues the cohort's job; while one is open, that one is the answer. */
  async start(actor: Principal, cohortId: string, language: CertificateLanguage): Promise<CertificationJobDto> {
    await this.access.assertStaff(actor, cohortId);
    const created = await this.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `INSERT INTO certification_jobs (cohort_id, requested_by, status, language) VALUES ($1, $2, 'queued', $3)
         ON CONFLICT (cohort_id) WHERE status IN ('queued', 'running') DO NOTHING RETURNING id`,
        [cohortId, actor.user.id, language],
      )) as { id: string }[];
      const id = rows[0]?.id;
      if (id) await this.enqueue(manager, id);
      return id;
    });
    const job = created
      ? await this.db.getRepository(CertificationJobEntity).findOneByOrFail({ id: created })
      : await this.db.getRepository(CertificationJobEntity).findOneBy({ cohortId, status: 'queued' }).then((j) => j ?? this.db.getRepository(CertificationJobEntity).findOneBy({ cohortId, status: 'running' }));
    if (!job) throw new ConflictException('The cohort’s certification job changed meanwhile: try again');
    return this.toDto(job);
  }

  async job(actor: Principal, jobId: string): Promise<CertificationJobDto> {
    const job = await this.db.getRepository(CertificationJobEntity).findOneBy({ id: jobId });
    if (!job) throw new NotFoundException('No such certification job');
    await this.access.assertStaff(actor, job.cohortId);
    return this.toDto(job);
  }

  /** The cohort's newest job, so progress survives a reload; null when none was ever started. */
  async latest(actor: Principal, cohortId: string): Promise<CertificationJobDto | null> {
    await this.access.assertStaff(actor, cohortId);
    const job = await this.db.getRepository(CertificationJobEntity).findOne({ where: { cohortId }, order: { createdAt: 'DESC' } });
    return job ? this.toDto(job) : null;
  }

  /** Queues the failed trainees of a finished job again. */
  async retry(actor: Principal, jobId: string): Promise<CertificationJobDto> {
    const existing = await this.db.getRepository(CertificationJobEntity).findOneBy({ id: jobId });
    if (!existing) throw new NotFoundException('No such certification job');
    await this.access.assertStaff(actor, existing.cohortId);
    try {
      await this.db.transaction(async (manager) => {
        const [, reopened] = (await manager.query(
          `UPDATE certification_jobs SET status = 'queued', finished_at = NULL, error = NULL WHERE id = $1 AND status IN ('done', 'failed')`,
          [jobId],
        )) as [unknown, number];
        if (!reopened) return; // still open: it will get to every trainee anyway
        await manager.query(`UPDATE certification_job_items SET status = 'pending', reason = NULL, error = NULL, updated_at = now() WHERE job_id = $1 AND status = 'failed'`, [jobId]);
        await this.enqueue(manager, jobId);
        await this.audit.record({ actorId: actor.user.id, action: 'certificate.issue_cohort_retry', subjectType: 'cohort', subjectId: existing.cohortId, details: { jobId } }, manager);
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ConflictException('Another certification job of this cohort is open');
      throw error;
    }
    return this.job(actor, jobId);
  }

  /** In `manager`'s transaction when given, so the job exists exactly when its row does. */
  private enqueue(manager: EntityManager | undefined, jobId: string): Promise<string | null> {
    return this.queue.send(COHORT_JOB, { jobId }, { singletonKey: jobId }, manager);
  }

  private async run(jobId: string, { signal }: JobContext): Promise<void> {
    const jobs = this.db.getRepository(CertificationJobEntity);
    const job = await jobs.findOneBy({ id: jobId });
    if (!job || job.status === 'done' || job.status === 'failed') return;
    await jobs.update({ id: jobId }, { status: 'running', startedAt: job.startedAt ?? new Date() });
    const evaluated = await this.progress.evaluateCohort(job.cohortId);
    await this.plan(job, evaluated);

    const pending = await this.db.getRepository(CertificationJobItemEntity).find({ where: { jobId, status: 'pending' }, select: { enrolmentId: true } });
    const byEnrolment = new Map(evaluated.trainees.map((t) => [t.enrolment.id, t]));
    // One more lane than the factory has threads, so that a thread never waits for the database.
    const lanes = Array.from({ length: this.certification.parallelism + 1 }, async () => {
      for (let item = pending.shift(); item && !signal.aborted; item = pending.shift()) {
        await this.certifyOne(job, evaluated, byEnrolment.get(item.enrolmentId), item.enrolmentId);
      }
    });
    await Promise.all(lanes);
    if (signal.aborted) {
      // Back to the queue for whichever instance is alive; settled trainees stay settled.
      await this.enqueue(undefined, jobId);
      return;
    }

    const counts = await this.counts(jobId);
    await jobs.update({ id: jobId }, { status: 'done', finishedAt: new Date(), total: counts.total, issued: counts.issued, skipped: counts.skipped, failed: counts.failed });
    await this.audit.record({ actorId: job.requestedBy, action: 'certificate.issue_cohort', subjectType: 'cohort', subjectId: job.cohortId, details: { jobId, issued: counts.issued, failed: counts.failed } });
  }

  private async certifyOne(job: CertificationJobEntity, evaluated: Evaluated, trainee: Evaluated['trainees'][number] | undefined, enrolmentId: string): Promise<void> {
    const key = { jobId: job.id, enrolmentId, status: 'pending' as const };
    const settle = (status: CertificationJobItemEntity['status'], reason: CertificationItemReason | null, error: string | null = null) =>
      this.db.getRepository(CertificationJobItemEntity).update(key, { status, reason, error, updatedAt: new Date() });
    if (!trainee || !trainee.result.certifiable) {
      await settle('skipped', trainee ? 'requirements-unmet' : 'not-enrolled');
      return;
    }
    try {
      const certificate = await this.certification.issue(
        { ...evaluated, enrolment: trainee.enrolment, result: trainee.result, language: job.language, issuedBy: job.requestedBy },
        // Settled in the transaction that stores the certificate: a crash leaves both or neither.
        async (manager, stored) => {
          await manager.update(CertificationJobItemEntity, key, { status: 'issued', certificateId: stored.id, updatedAt: new Date() });
        },
      );
      if (!certificate) await settle('skipped', 'already-certified');
    } catch (error) {
      this.logger.error(`certifying enrolment ${enrolmentId} in job ${job.id} failed: ${(error as Error).message}`);
      await settle('failed', 'issue-failed', (error as Error).message.slice(0, 500));
    }
  }

  /** One row per trainee, written once; a resumed job finds them and goes on. */
  private async plan(job: CertificationJobEntity, evaluated: Evaluated): Promise<void> {
    const items = this.db.getRepository(CertificationJobItemEntity);
    if (await items.existsBy({ jobId: job.id })) return;
    const certified = new Set(
      (
        await this.db.getRepository(CertificateEntity).find({
          where: { courseId: evaluated.content.course.id, version: evaluated.cohort.version, status: 'valid' },
          select: { traineeId: true },
        })
      ).map((c) => c.traineeId),
    );
    const rows = evaluated.trainees.map(({ enrolment, result }) => {
      const reason: CertificationItemReason | null = certified.has(enrolment.traineeId) ? 'already-certified' : result.certifiable ? null : 'requirements-unmet';
      return { jobId: job.id, enrolmentId: enrolment.id, traineeId: enrolment.traineeId, status: reason ? ('skipped' as const) : ('pending' as const), reason };
    });
    if (rows.length > 0) await items.createQueryBuilder().insert().values(rows).orIgnore().execute();
  }

  private async giveUp(jobId: string): Promise<void> {
    await this.db
      .getRepository(CertificationJobEntity)
      .update({ id: jobId, status: In(['queued', 'running']) }, { status: 'failed', finishedAt: new Date(), error: 'The job failed on every attempt; see the server log' });
  }

  private async counts(jobId: string): Promise<Record<CertificationJobItemEntity['status'] | 'total', number>> {
    const rows = (await this.db.query(`SELECT status, count(*)::int AS n FROM certification_job_items WHERE job_id = $1 GROUP BY status`, [jobId])) as { status: CertificationJobItemEntity['status']; n: number }[];
    const counts = { total: 0, pending: 0, issued: 0, skipped: 0, failed: 0 };
    for (const row of rows) {
      counts[row.status] = row.n;
      counts.total += row.n;
    }
    return counts;
  }

  private async toDto(job: CertificationJobEntity): Promise<CertificationJobDto> {
    const [counts, failures] = await Promise.all([
      this.counts(job.id),
      this.db.query(
        `SELECT i.enrolment_id AS "enrolmentId", i.trainee_id AS "traineeId", u.name, i.status, i.reason
           FROM certification_job_items i JOIN users u ON u.id = i.trainee_id
          WHERE i.job_id = $1 AND i.status = 'failed' ORDER BY u.name`,
        [job.id],
      ) as Promise<CertificationJobItemDto[]>,
    ]);
    // Jobs from before per-trainee rows keep their stored counts.
    const planned = counts.total > 0;
    return {
      id: job.id,
      cohortId: job.cohortId,
      status: job.status,
      total: planned ? counts.total : job.total,
      pending: counts.pending,
      issued: planned ? counts.issued : job.issued,
      skipped: planned ? counts.skipped : job.skipped,
      failed: planned ? counts.failed : job.failed,
      failures,
      error: job.error,
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }
}
