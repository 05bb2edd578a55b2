import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateLanguage, CertificationItemReason, CertificationJobItemDto } from '@peer/contract';
import { DataSource, EntityManager, In } from 'typeorm';
import { JobQueue } from '../../jobs/job-queue';
import { CertificationJob, CertificationJobRepository, COHORT_JOB, JobItemCounts, JobItemStatus, PlannedItem } from '../certification-job.repository';
import { CertificationJobEntity, CertificationJobItemEntity } from './certification.entities';

@Injectable()
export class TypeormCertificationJobRepository extends CertificationJobRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: JobQueue,
  ) {
    super();
  }

  private get jobs() {
    return this.db.getRepository(CertificationJobEntity);
  }

  private get items() {
    return this.db.getRepository(CertificationJobItemEntity);
  }

  open(cohortId: string, requestedBy: string, language: CertificateLanguage): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `INSERT INTO certification_jobs (cohort_id, requested_by, status, language) VALUES ($1, $2, 'queued', $3)
         ON CONFLICT (cohort_id) WHERE status IN ('queued', 'running') DO NOTHING RETURNING id`,
        [cohortId, requestedBy, language],
      )) as { id: string }[];
      const id = rows[0]?.id;
      if (id) await this.enqueue(id, manager);
      return id ?? null;
    });
  }

  openOf(cohortId: string): Promise<CertificationJob | null> {
    return this.jobs.findOneBy({ cohortId, status: In(['queued', 'running']) });
  }

  find(id: string): Promise<CertificationJob | null> {
    return this.jobs.findOneBy({ id });
  }

  latest(cohortId: string): Promise<CertificationJob | null> {
    return this.jobs.findOne({ where: { cohortId }, order: { createdAt: 'DESC' } });
  }

  reopen(id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [, reopened] = (await manager.query(
        `UPDATE certification_jobs SET status = 'queued', finished_at = NULL, error = NULL WHERE id = $1 AND status IN ('done', 'failed')`,
        [id],
      )) as [unknown, number];
      if (!reopened) return false;
      await manager.update(CertificationJobItemEntity, { jobId: id, status: 'failed' }, { status: 'pending', reason: null, error: null, updatedAt: new Date() });
      await this.enqueue(id, manager);
      return true;
    });
  }

  async requeue(id: string): Promise<void> {
    await this.enqueue(id);
  }

  async markRunning(id: string): Promise<void> {
    await this.jobs.query(`UPDATE certification_jobs SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status IN ('queued', 'running')`, [id]);
  }

  isPlanned(id: string): Promise<boolean> {
    return this.items.existsBy({ jobId: id });
  }

  async plan(id: string, items: PlannedItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.items
      .createQueryBuilder()
      .insert()
      .values(items.map((item) => ({ jobId: id, ...item })))
      .orIgnore()
      .execute();
  }

  async pending(id: string): Promise<string[]> {
    const rows = await this.items.find({ where: { jobId: id, status: 'pending' }, select: { enrolmentId: true } });
    return rows.map((r) => r.enrolmentId);
  }

  async settle(id: string, enrolmentId: string, status: Exclude<JobItemStatus, 'pending' | 'issued'>, reason: CertificationItemReason, error?: string): Promise<void> {
    await this.items.update({ jobId: id, enrolmentId, status: 'pending' }, { status, reason, error: error?.slice(0, 500) ?? null, updatedAt: new Date() });
  }

  async finish(id: string, counts: JobItemCounts): Promise<void> {
    await this.jobs.update({ id }, { status: 'done', finishedAt: new Date(), total: counts.total, issued: counts.issued, skipped: counts.skipped, failed: counts.failed });
  }

  async fail(id: string, error: string): Promise<void> {
    await this.jobs.update({ id, status: In(['queued', 'running']) }, { status: 'failed', finishedAt: new Date(), error: error.slice(0, 500) });
  }

  async counts(id: string): Promise<JobItemCounts> {
    const rows = (await this.db.query(`SELECT status, count(*)::int AS n FROM certification_job_items WHERE job_id = $1 GROUP BY status`, [id])) as {
      status: JobItemStatus;
      n: number;
    }[];
    const counts: JobItemCounts = { total: 0, pending: 0, issued: 0, skipped: 0, failed: 0 };
    for (const row of rows) {
      counts[row.status] = row.n;
      counts.total += row.n;
    }
    return counts;
  }

  failures(id: string): Promise<CertificationJobItemDto[]> {
    return this.db.query(
      `SELECT i.enrolment_id AS "enrolmentId", i.trainee_id AS "traineeId", u.name, i.status, i.reason
         FROM certification_job_items i JOIN users u ON u.id = i.trainee_id
        WHERE i.job_id = $1 AND i.status = 'failed' ORDER BY u.name`,
      [id],
    ) as Promise<CertificationJobItemDto[]>;
  }

  /** `singletonKey` is the job: never two handlers on one job, any number on different jobs. */
  private enqueue(id: string, manager?: EntityManager): Promise<string | null> {
    return this.queue.send(COHORT_JOB, { jobId: id }, { singletonKey: id }, manager);
  }
}
