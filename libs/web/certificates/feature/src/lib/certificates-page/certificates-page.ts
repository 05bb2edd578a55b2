import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, DOCUMENT, effect, inject, Injector, input, resource, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CERTIFY_ALREADY_CERTIFIED as ALREADY_CERTIFIED,
  CERTIFY_PREREQUISITE_MISSING as PREREQUISITE_MISSING,
  type CertificateDto,
  type CertificateLanguage,
  type CertificationItemReason,
  type CertificationJobDto,
  type CertificationJobItemDto,
  type ProgressRowDto,
} from '@peer/contract';
import { CERTIFICATE_LANGUAGES, CertificatesService, isCertificateLanguage, isJobOpen, REVOCATION_PUBLIC_TEXT } from '@peer/web/certificates/data-access';
import { CohortProgressService, CohortsService } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/shared/util';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { Subscription } from 'rxjs';
import { ReissueForm } from '../reissue-form/reissue-form';
import { RevokeForm } from '../revoke-form/revoke-form';
import { MissingRequirement, missingRequirements } from './missing-requirements';

/** What happened when one trainee was certified. */
type Outcome =
  | { readonly kind: 'missing'; readonly requirements: readonly MissingRequirement[]; readonly prerequisiteMissing: boolean }
  | { readonly kind: 'refused'; readonly key: string };

interface Message {
  readonly key: string;
  readonly params: Record<string, string | number>;
}

/** The job's own status, or `lost` when its progress could no longer be read. */
type JobState = CertificationJobDto['status'] | 'lost';

/** The contract's refusal code, repeated so the contract's classes stay out of the bundle; its type keeps both in step. */

const REASONS: readonly CertificationItemReason[] = ['requirements-unmet', 'prerequisite-missing', 'already-certified', 'not-enrolled', 'issue-failed'];

/**
 * A cohort's certificates for its staff: certify one trainee (and see what is missing when the
 * API refuses), certify everyone who is ready as a background job with a progress bar (picked up
 * again after a reload, its failed trainees listed and retried), and the cohort's certificate
 * history with revoke, re-issue, PDF and verification links.
 */
@Component({
  selector: 'peer-certificates-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, FORMAT, RevokeForm, ReissueForm],
  templateUrl: './certificates-page.html',
  styleUrl: './certificates-page.css',
})
export class CertificatesPage {
  private readonly certificates = inject(CertificatesService);
  private readonly progressService = inject(CohortProgressService);
  private readonly cohorts = inject(CohortsService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** Route parameter. */
  readonly cohortId = input.required<string>();

  protected readonly languages = CERTIFICATE_LANGUAGES;
  protected readonly language = signal<CertificateLanguage>('sv');

  /** The trainees and what they have met, from the progress matrix. */
  protected readonly progress = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.progressService.cohort(params.cohortId),
  });
  protected readonly history = resource({
    params: () => ({ cohortId: this.cohortId() }),
    loader: ({ params }) => this.certificates.forCohort(params.cohortId),
  });
  private readonly summaries = resource({ loader: () => this.cohorts.list() });
  protected readonly cohortName = computed(() =>
    this.summaries.hasValue() ? (this.summaries.value().find((cohort) => cohort.id === this.cohortId())?.name ?? null) : null,
  );

  protected readonly rows = computed(() =>
    this.progress.hasValue() ? [...this.progress.value().rows].sort((a, b) => a.name.localeCompare(b.name, 'sv')) : [],
  );

  /** Each trainee's current certificate of the cohort (valid, or renewed since), by trainee: she needs no other. */
  protected readonly certified = computed(() => {
    const held = new Map<string, CertificateDto>();
    if (!this.history.hasValue()) return held;
    for (const certificate of this.history.value()) {
      // Newest first: a renewal comes before the certificate it renewed, and is the one she holds.
      if ((certificate.status === 'valid' || certificate.status === 'renewed') && !held.has(certificate.traineeId)) held.set(certificate.traineeId, certificate);
    }
    return held;
  });

  protected readonly certifying = signal<string | null>(null);
  protected readonly outcomes = signal<Readonly<Record<string, Outcome>>>({});
  protected readonly message = signal<Message | null>(null);

  /** The job this page shows: one started here, or the cohort's latest when it is open or needs a retry. */
  protected readonly job = signal<CertificationJobDto | null>(null);
  private readonly jobLost = signal(false);
  protected readonly jobState = computed<JobState | null>(() => (this.jobLost() ? 'lost' : (this.job()?.status ?? null)));
  protected readonly jobOpen = computed(() => {
    const job = this.job();
    return job !== null && isJobOpen(job) && !this.jobLost();
  });
  protected readonly jobStarting = signal(false);
  protected readonly jobRetrying = signal(false);
  protected readonly jobErrorKey = signal<string | null>(null);
  protected readonly jobDone = computed(() => {
    const job = this.job();
    return job ? job.issued + job.skipped + job.failed : 0;
  });
  /** A finished job can be queued again: for its failed trainees, or to go on after it stopped as a whole. */
  protected readonly jobRetryable = computed(() => {
    const job = this.job();
    return !this.jobLost() && job !== null && (job.status === 'failed' || (job.status === 'done' && job.failures.length > 0));
  });
  private jobSubscription?: Subscription;

  /** The certificate whose revoke or re-issue form is open. */
  protected readonly publicText = REVOCATION_PUBLIC_TEXT;
  protected readonly acting = signal<{ readonly id: string; readonly kind: 'revoke' | 'reissue' } | null>(null);

  protected readonly progressErrorKey = computed(() => {
    const error = this.progress.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
  protected readonly historyErrorKey = computed(() => {
    const error = this.history.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.jobSubscription?.unsubscribe());
    // A job outlives the page: pick up the cohort's latest so a reload neither loses its progress nor its failures.
    effect(() => {
      const cohortId = this.cohortId();
      untracked(() => void this.resume(cohortId));
    });
  }

  protected setLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isCertificateLanguage(value)) this.language.set(value);
  }

  protected pdfUrl(certificate: CertificateDto): string {
    return this.certificates.pdfUrl(certificate.id);
  }

  protected async certify(row: ProgressRowDto): Promise<void> {
    if (this.certifying()) return;
    this.certifying.set(row.traineeId);
    this.message.set(null);
    this.setOutcome(row.traineeId, null);
    try {
      await this.certificates.certify(this.cohortId(), row.traineeId, this.language());
      this.message.set({ key: 'certificates.trainees.issued', params: { name: row.name } });
      this.history.reload();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === ALREADY_CERTIFIED) {
        // Certified meanwhile (by a cohort job, or on another screen): show the certificate she holds.
        this.setOutcome(row.traineeId, { kind: 'refused', key: 'certificates.trainees.alreadyCertified' });
        this.history.reload();
      } else if (apiError.status === 409 && apiError.fieldErrors.length > 0) {
        const progress = this.progress.hasValue() ? this.progress.value() : null;
        this.setOutcome(row.traineeId, {
          kind: 'missing',
          requirements: missingRequirements(apiError.fieldErrors, progress, row.traineeId),
          prerequisiteMissing: apiError.fieldErrors.some((e) => e.code === PREREQUISITE_MISSING),
        });
      } else {
        this.setOutcome(row.traineeId, { kind: 'refused', key: apiError.status === 409 ? 'certificates.trainees.refused' : errorMessageKey(apiError) });
      }
    } finally {
      this.certifying.set(null);
    }
  }

  /** Queues the job (or gets the cohort's open one) and follows it about twice a second until it is done. */
  protected async certifyAll(): Promise<void> {
    if (this.jobStarting() || this.jobRetrying() || this.jobOpen()) return;
    this.jobStarting.set(true);
    this.jobErrorKey.set(null);
    this.message.set(null);
    try {
      this.follow(await this.certificates.startJob(this.cohortId(), this.language()));
    } catch (error) {
      this.jobErrorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.jobStarting.set(false);
    }
  }

  /** Queues the job again for the trainees that failed, and follows it. */
  protected async retryJob(): Promise<void> {
    const job = this.job();
    if (!job || !this.jobRetryable() || this.jobRetrying()) return;
    this.jobRetrying.set(true);
    this.jobErrorKey.set(null);
    this.message.set(null);
    try {
      this.follow(await this.certificates.retryJob(job.id));
      // The retry button goes away with the failures it retried: keep the keyboard on the job's status.
      this.focusLater('certification-job-status');
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 409) {
        // Another job of the cohort is open: show that one instead.
        this.jobErrorKey.set('certificates.job.busy');
        await this.resume(this.cohortId());
      } else {
        this.jobErrorKey.set(errorMessageKey(apiError));
      }
    } finally {
      this.jobRetrying.set(false);
    }
  }

  /** The reason a trainee failed, in the UI language; a failed trainee without a known code failed being issued. */
  protected reasonKey(item: CertificationJobItemDto): string {
    return `certificates.job.reasons.${item.reason && REASONS.includes(item.reason) ? item.reason : 'issue-failed'}`;
  }

  protected open(certificate: CertificateDto, kind: 'revoke' | 'reissue'): void {
    this.message.set(null);
    this.acting.set({ id: certificate.id, kind });
  }

  protected close(certificate: CertificateDto): void {
    this.acting.set(null);
    this.focusLater(`certificate-${certificate.id}`);
  }

  protected onRevoked(certificate: CertificateDto): void {
    this.acting.set(null);
    this.message.set({ key: 'certificates.history.revoked', params: { name: certificate.holderName } });
    this.history.reload();
    this.focusLater('certificates-status');
  }

  protected onReissued(certificate: CertificateDto): void {
    this.acting.set(null);
    this.message.set({ key: 'certificates.history.reissued', params: { name: certificate.holderName } });
    this.history.reload();
    this.focusLater('certificates-status');
  }

  /**
   * Shows the cohort's latest job: follows it while it is open, and keeps a finished one on
   * screen only when it needs the user (failed trainees to retry, or a job that stopped).
   */
  private async resume(cohortId: string): Promise<void> {
    this.jobSubscription?.unsubscribe();
    this.job.set(null);
    this.jobLost.set(false);
    let latest: CertificationJobDto | null;
    try {
      latest = await this.certificates.latestJob(cohortId);
    } catch {
      // Not fatal: starting a job answers with the cohort's open one anyway.
      return;
    }
    // Meanwhile the user started a job here, or the page moved to another cohort.
    if (this.job() || cohortId !== this.cohortId() || !latest) return;
    if (isJobOpen(latest)) this.follow(latest);
    else if (latest.status === 'failed' || latest.failures.length > 0) this.job.set(latest);
  }

  private follow(job: CertificationJobDto): void {
    this.jobSubscription?.unsubscribe();
    this.job.set(job);
    this.jobLost.set(false);
    this.jobSubscription = this.certificates.watchJob(job.id).subscribe({
      next: (seen) => {
        this.job.set(seen);
        if (!isJobOpen(seen)) {
          this.history.reload();
          this.progress.reload();
        }
      },
      error: () => this.jobLost.set(true),
    });
  }

  private setOutcome(traineeId: string, outcome: Outcome | null): void {
    this.outcomes.update((outcomes) => {
      const rest = Object.fromEntries(Object.entries(outcomes).filter(([id]) => id !== traineeId));
      return outcome ? { ...rest, [traineeId]: outcome } : rest;
    });
  }

  private focusLater(id: string): void {
    afterNextRender({ read: () => this.document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
