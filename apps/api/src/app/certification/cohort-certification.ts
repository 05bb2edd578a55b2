import { ConflictException, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { CertificateLanguage, CertificationItemReason, CertificationJobDto } from '@peer/contract';
import { missingPrerequisites } from '@peer/progress';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { OutOfReach, Reach } from '../cohorts/reach';
import { isUniqueViolation } from '../common/database-errors';
import { JobContext, JobQueue } from '../jobs/job-queue';
import { ProgressService } from '../progress/progress.service';
import { CertificateRepository } from './certificate.repository';
import { CertificationJob, CertificationJobRepository, COHORT_JOB } from './certification-job.repository';
import { CertificationService } from './certification.service';

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
    private readonly jobs: CertificationJobRepository,
    private readonly certificates: CertificateRepository,
    private readonly queue: JobQueue,
    private readonly certification: CertificationService,
    private readonly progress: ProgressService,
    private readonly access: Reach,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.queue.define<CohortJobData>({
      name: COHORT_JOB_DEAD,
      handler: (data) => this.jobs.fail(data.jobId, 'The job failed on every attempt; see the server log'),
    });
    this.queue.define<CohortJobData>({
      name: COHORT_JOB,
      handler: (data, context) => this.run(data.jobId, context),
      // `singleton` (keyed by job): never two handlers on one job. A missed heartbeat (the
      // instance died) hands the job to another instance within seconds.
      queue: { policy: 'singleton', heartbeatSeconds: 10, retryLimit: 5, retryDelay: 2, retryBackoff: true, expireInSeconds: 3600, deadLetter: COHORT_JOB_DEAD },
    });
  }

  /**
   * Queues the cohort's job; while one is open, that one is the answer. One that finished between
   * refusing the new job and reading the open one is still the answer: it did what was asked.
   */
  async start(actor: Principal, cohortId: string, language: CertificateLanguage): Promise<CertificationJobDto> {
    await this.access.assertStaff(actor, cohortId);
    const created = await this.jobs.open(cohortId, actor.user.id, language);
    const job = created ? await this.jobs.find(created) : ((await this.jobs.openOf(cohortId)) ?? (await this.jobs.latest(cohortId)));
    if (!job) throw new ConflictException('The cohort’s certification job changed meanwhile: try again');
    return this.toDto(job);
  }

  async job(actor: Principal, jobId: string): Promise<CertificationJobDto> {
    return this.viewed(actor, await this.toDto(await this.staffJob(actor, jobId)));
  }

  /** The cohort's newest job, so progress survives a reload; null when none was ever started. */
  async latest(actor: Principal, cohortId: string): Promise<CertificationJobDto | null> {
    await this.access.assertStaff(actor, cohortId);
    const job = await this.jobs.latest(cohortId);
    return job ? this.viewed(actor, await this.toDto(job)) : null;
  }

  /** A job's failures name trainees: reading them is audited (a job without failures shows no one). */
  private async viewed(actor: Principal, dto: CertificationJobDto): Promise<CertificationJobDto> {
    if (dto.failures.length > 0) {
      await this.audit.record({ actorId: actor.user.id, action: 'certification_job.view', subjectType: 'cohort', subjectId: dto.cohortId, details: { jobId: dto.id }, people: dto.failures.map((f) => f.traineeId) });
    }
    return dto;
  }

  /** Queues the failed trainees of a finished job again. */
  async retry(actor: Principal, jobId: string): Promise<CertificationJobDto> {
    const job = await this.staffJob(actor, jobId);
    try {
      // A job still open will get to every trainee anyway.
      if (await this.jobs.reopen(jobId)) {
        await this.audit.record({ actorId: actor.user.id, action: 'certificate.issue_cohort_retry', subjectType: 'cohort', subjectId: job.cohortId, details: { jobId } });
      }
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException('Another certification job of this cohort is open');
      throw error;
    }
    return this.job(actor, jobId);
  }

  private async staffJob(actor: Principal, jobId: string): Promise<CertificationJob> {
    const job = await this.jobs.find(jobId);
    if (!job) throw new OutOfReach();
    await this.access.assertStaff(actor, job.cohortId);
    return job;
  }

  private async run(jobId: string, { signal }: JobContext): Promise<void> {
    const job = await this.jobs.find(jobId);
    if (!job || job.status === 'done' || job.status === 'failed') return;
    await this.jobs.markRunning(jobId);
    const evaluated = await this.progress.evaluateCohort(job.cohortId);
    if (!(await this.jobs.isPlanned(jobId))) await this.plan(jobId, evaluated);

    const pending = await this.jobs.pending(jobId);
    const byEnrolment = new Map(evaluated.trainees.map((t) => [t.enrolment.id, t]));
    // One more lane than the factory has threads, so that a thread never waits for the database.
    const lanes = Array.from({ length: this.certification.parallelism + 1 }, async () => {
      for (let enrolmentId = pending.shift(); enrolmentId && !signal.aborted; enrolmentId = pending.shift()) {
        await this.certifyOne(job, evaluated, enrolmentId, byEnrolment.get(enrolmentId));
      }
    });
    await Promise.all(lanes);
    if (signal.aborted) {
      // Back to the queue for whichever instance is alive; settled trainees stay settled.
      await this.jobs.requeue(jobId);
      return;
    }

    const counts = await this.jobs.counts(jobId);
    await this.jobs.finish(jobId, counts);
    await this.audit.record({ actorId: job.requestedBy, action: 'certificate.issue_cohort', subjectType: 'cohort', subjectId: job.cohortId, details: { jobId, issued: counts.issued, failed: counts.failed }, people: evaluated.trainees.map((t) => t.enrolment.traineeId) });
  }

  private async certifyOne(job: CertificationJob, evaluated: Evaluated, enrolmentId: string, trainee: Evaluated['trainees'][number] | undefined): Promise<void> {
    if (trainee && missingPrerequisites(trainee.result).length > 0) {
      await this.jobs.settle(job.id, enrolmentId, 'failed', 'prerequisite-missing');
      return;
    }
    if (!trainee || !trainee.result.certifiable) {
      await this.jobs.settle(job.id, enrolmentId, 'skipped', trainee ? 'requirements-unmet' : 'not-enrolled');
      return;
    }
    try {
      const certificate = await this.certification.issue(
        { ...evaluated, enrolment: trainee.enrolment, result: trainee.result, language: job.language, issuedBy: job.requestedBy },
        { jobId: job.id, enrolmentId },
      );
      if (!certificate) await this.jobs.settle(job.id, enrolmentId, 'skipped', 'already-certified');
    } catch (error) {
      this.logger.error(`certifying enrolment ${enrolmentId} in job ${job.id} failed: ${(error as Error).message}`);
      await this.jobs.settle(job.id, enrolmentId, 'failed', 'issue-failed', (error as Error).message);
    }
  }

  /** One row per trainee, written once; a resumed job finds them and goes on. */
  private async plan(jobId: string, evaluated: Evaluated): Promise<void> {
    const certified = await this.certificates.validHolders(evaluated.content.course.id, evaluated.cohort.version);
    await this.jobs.plan(
      jobId,
      evaluated.trainees.map(({ enrolment, result }) => {
        // A missing prerequisite stays pending here and fails when the trainee's turn comes, so the leader sees why.
        const reason: CertificationItemReason | null = certified.has(enrolment.traineeId)
          ? 'already-certified'
          : result.certifiable || missingPrerequisites(result).length > 0
            ? null
            : 'requirements-unmet';
        return { enrolmentId: enrolment.id, traineeId: enrolment.traineeId, status: reason ? 'skipped' : 'pending', reason };
      }),
    );
  }

  private async toDto(job: CertificationJob): Promise<CertificationJobDto> {
    const [counts, failures] = await Promise.all([this.jobs.counts(job.id), this.jobs.failures(job.id)]);
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
