import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, DOCUMENT, inject, Injector, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { CertificateDto, CertificateLanguage, CertificationJobDto, ProgressRowDto } from '@peer/contract';
import { CERTIFICATE_LANGUAGES, CertificatesService, isCertificateLanguage } from '@peer/web/certificates/data-access';
import { CohortProgressService, CohortsService } from '@peer/web/cohorts/data-access';
import { FORMAT } from '@peer/web/cohorts/feature';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { Subscription } from 'rxjs';
import { ReissueForm } from '../reissue-form/reissue-form';
import { RevokeForm } from '../revoke-form/revoke-form';
import { MissingRequirement, missingRequirements } from './missing-requirements';

/** What happened when one trainee was certified. */
type Outcome =
  | { readonly kind: 'missing'; readonly requirements: readonly MissingRequirement[] }
  | { readonly kind: 'refused'; readonly key: string; readonly detail?: string };

interface Message {
  readonly key: string;
  readonly params: Record<string, string | number>;
}

type JobState = 'running' | 'done' | 'failed' | 'lost';

/**
 * A cohort's certificates for its staff: certify one trainee (and see what is missing when the
 * API refuses), certify everyone who is ready as a background job with a progress bar, and the
 * cohort's certificate history with revoke, re-issue, PDF and verification links.
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

  protected readonly certifying = signal<string | null>(null);
  protected readonly outcomes = signal<Readonly<Record<string, Outcome>>>({});
  protected readonly message = signal<Message | null>(null);

  protected readonly job = signal<CertificationJobDto | null>(null);
  protected readonly jobState = signal<JobState | null>(null);
  protected readonly jobStarting = signal(false);
  protected readonly jobErrorKey = signal<string | null>(null);
  protected readonly jobDone = computed(() => {
    const job = this.job();
    return job ? job.issued + job.skipped + job.failed : 0;
  });
  private jobSubscription?: Subscription;

  /** The certificate whose revoke or re-issue form is open. */
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
      if (apiError.status === 409 && apiError.fieldErrors.length > 0) {
        const progress = this.progress.hasValue() ? this.progress.value() : null;
        this.setOutcome(row.traineeId, { kind: 'missing', requirements: missingRequirements(apiError.fieldErrors, progress, row.traineeId) });
      } else {
        this.setOutcome(row.traineeId, {
          kind: 'refused',
          key: apiError.status === 409 ? 'certificates.trainees.refused' : errorMessageKey(apiError),
          detail: apiError.status === 409 ? apiError.message : undefined,
        });
      }
    } finally {
      this.certifying.set(null);
    }
  }

  /** Starts the job and follows it about twice a second until it is done. */
  protected async certifyAll(): Promise<void> {
    if (this.jobStarting() || this.jobState() === 'running') return;
    this.jobStarting.set(true);
    this.jobErrorKey.set(null);
    this.message.set(null);
    try {
      const job = await this.certificates.startJob(this.cohortId(), this.language());
      this.job.set(job);
      this.jobState.set('running');
      this.follow(job.id);
    } catch (error) {
      this.jobErrorKey.set(errorMessageKey(toApiError(error)));
    } finally {
      this.jobStarting.set(false);
    }
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

  private follow(jobId: string): void {
    this.jobSubscription?.unsubscribe();
    this.jobSubscription = this.certificates.watchJob(jobId).subscribe({
      next: (job) => {
        this.job.set(job);
        if (job.status !== 'running') {
          this.jobState.set(job.status);
          this.history.reload();
          this.progress.reload();
        }
      },
      error: () => this.jobState.set('lost'),
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
