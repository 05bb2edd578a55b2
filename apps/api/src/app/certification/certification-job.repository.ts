import type { CertificateLanguage, CertificationItemReason, CertificationJobItemDto } from '@peer/contract';

/** The queue a cohort job's work goes to; its message is written with the job's row. */
export const COHORT_JOB = 'certification.cohort';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export type JobItemStatus = 'pending' | 'issued' | 'skipped' | 'failed';

export interface CertificationJob {
  id: string;
  cohortId: string;
  requestedBy: string;
  status: JobStatus;
  language: CertificateLanguage;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  error: string | null;
  /** Counts stored when the job finished (jobs from before per-trainee rows have only these). */
  total: number;
  issued: number;
  skipped: number;
  failed: number;
}

export type JobItemCounts = Record<JobItemStatus | 'total', number>;

export interface PlannedItem {
  enrolmentId: string;
  traineeId: string;
  status: 'pending' | 'skipped';
  reason: CertificationItemReason | null;
}

/** Port: cohort certification jobs, one row per trainee, and their queue messages. */
export abstract class CertificationJobRepository {
  /** A new queued job and its queue message, together; null while the cohort has an open job. */
  abstract open(cohortId: string, requestedBy: string, language: CertificateLanguage): Promise<string | null>;
  /** The cohort's queued or running job. */
  abstract openOf(cohortId: string): Promise<CertificationJob | null>;
  abstract find(id: string): Promise<CertificationJob | null>;
  abstract latest(cohortId: string): Promise<CertificationJob | null>;
  /**
   * A finished job queued again with its failed trainees pending, and a new
   * queue message, together; false when it was still open. Throws a unique
   * violation when another job of the cohort is open.
   */
  abstract reopen(id: string): Promise<boolean>;
  /** A new queue message for an open job (after this instance stopped working it). */
  abstract requeue(id: string): Promise<void>;
  abstract markRunning(id: string): Promise<void>;
  abstract isPlanned(id: string): Promise<boolean>;
  /** Writes the rows once; rows that exist stay as they are. */
  abstract plan(id: string, items: PlannedItem[]): Promise<void>;
  /** Enrolment ids still to do. */
  abstract pending(id: string): Promise<string[]>;
  /** Settles a pending row; a row already settled stays as it is. */
  abstract settle(id: string, enrolmentId: string, status: Exclude<JobItemStatus, 'pending' | 'issued'>, reason: CertificationItemReason, error?: string): Promise<void>;
  abstract finish(id: string, counts: JobItemCounts): Promise<void>;
  /** An open job that cannot go on. */
  abstract fail(id: string, error: string): Promise<void>;
  abstract counts(id: string): Promise<JobItemCounts>;
  /** The failed trainees, by name. */
  abstract failures(id: string): Promise<CertificationJobItemDto[]>;
}
