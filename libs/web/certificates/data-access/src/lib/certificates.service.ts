import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CertificateDto, CertificateLanguage, CertificateListResponse, CertificationJobDto, RenewalDto, RevocationReason } from '@peer/contract';
import { cohortUrl } from '@peer/web/cohorts/data-access';
import { exhaustMap, firstValueFrom, Observable, takeWhile, timer } from 'rxjs';

export const CERTIFICATES_API = '/api/certificates';
export const CERTIFICATION_JOBS_API = '/api/certification-jobs';

/** What a re-issue changes; the reason is kept with the old certificate. */
export interface ReissueInput {
  readonly reason: string;
  readonly holderName?: string;
  readonly language?: CertificateLanguage;
}

/** A job that an instance has yet to take or is working on: its counts still change. */
export type OpenCertificationJobStatus = 'queued' | 'running';

export function isJobOpen(job: Pick<CertificationJobDto, 'status'>): job is CertificationJobDto & { status: OpenCertificationJobStatus } {
  return job.status === 'queued' || job.status === 'running';
}

function certificateUrl(certificateId: string, ...path: readonly string[]): string {
  return [`${CERTIFICATES_API}/${encodeURIComponent(certificateId)}`, ...path].join('/');
}

function jobUrl(jobId: string, ...path: readonly string[]): string {
  return [`${CERTIFICATION_JOBS_API}/${encodeURIComponent(jobId)}`, ...path].join('/');
}

/**
 * Certificates: staff certify one trainee or every trainee who is ready (a background job),
 * read a cohort's history, revoke and re-issue; a trainee reads their own.
 */
@Injectable({ providedIn: 'root' })
export class CertificatesService {
  private readonly http = inject(HttpClient);

  /** Issues one trainee's certificate. 409 with `errors[]` (one per unmet requirement) when something is missing. */
  certify(cohortId: string, traineeId: string, language: CertificateLanguage): Promise<CertificateDto> {
    return firstValueFrom(this.http.post<CertificateDto>(cohortUrl(cohortId, 'trainees', traineeId, 'certify'), { language }));
  }

  /**
   * Queues the certification of every trainee of the cohort who is ready; follow it with {@link watchJob}.
   * While the cohort has an open job, resolves to that one instead of a new one.
   */
  startJob(cohortId: string, language: CertificateLanguage): Promise<CertificationJobDto> {
    return firstValueFrom(this.http.post<CertificationJobDto>(cohortUrl(cohortId, 'certification-jobs'), { language }));
  }

  job(jobId: string): Promise<CertificationJobDto> {
    return firstValueFrom(this.http.get<CertificationJobDto>(jobUrl(jobId)));
  }

  /** The cohort's newest job, finished or not, so a page can pick up one started before a reload; null when none was ever started. */
  async latestJob(cohortId: string): Promise<CertificationJobDto | null> {
    const response = await firstValueFrom(this.http.get<{ job: CertificationJobDto | null }>(cohortUrl(cohortId, 'certification-jobs', 'latest')));
    return response.job;
  }

  /**
   * Queues a finished job again for the trainees that failed (a job that stopped as a whole also
   * goes on with those it had not reached); follow it with {@link watchJob}. 409 while another job
   * of the cohort is open.
   */
  retryJob(jobId: string): Promise<CertificationJobDto> {
    return firstValueFrom(this.http.post<CertificationJobDto>(jobUrl(jobId, 'retry'), {}));
  }

  /**
   * The job's progress: asks at once, then every `intervalMs` (never two requests at a time),
   * and completes after the first answer that is no longer open (`queued` waits for an instance
   * to take the job, so it is followed like `running`).
   */
  watchJob(jobId: string, intervalMs = 500): Observable<CertificationJobDto> {
    return timer(0, intervalMs).pipe(
      exhaustMap(() => this.http.get<CertificationJobDto>(jobUrl(jobId))),
      takeWhile((job) => isJobOpen(job), true),
    );
  }

  /** The cohort's certificates, newest first, revoked and superseded ones included. */
  async forCohort(cohortId: string): Promise<CertificateDto[]> {
    const response = await firstValueFrom(this.http.get<CertificateListResponse>(cohortUrl(cohortId, 'certificates')));
    return response.certificates;
  }

  /** `reason` is the public reason; `note` stays internal to staff. */
  revoke(certificateId: string, revocation: { reason: RevocationReason; note?: string }): Promise<CertificateDto> {
    return firstValueFrom(this.http.post<CertificateDto>(certificateUrl(certificateId, 'revoke'), revocation));
  }

  /** Issues a corrected certificate that supersedes this one; resolves to the new certificate. */
  reissue(certificateId: string, input: ReissueInput): Promise<CertificateDto> {
    return firstValueFrom(this.http.post<CertificateDto>(certificateUrl(certificateId, 'reissue'), input));
  }

  /** Valid certificates of the trainees the caller reaches whose validity ends within `days`, soonest first. */
  async expiring(days: number): Promise<CertificateDto[]> {
    const response = await firstValueFrom(this.http.get<CertificateListResponse>(`${CERTIFICATES_API}/expiring`, { params: { days } }));
    return response.certificates;
  }

  /** What renewing the certificate requires, and how much of it is met. */
  renewal(certificateId: string): Promise<RenewalDto> {
    return firstValueFrom(this.http.get<RenewalDto>(certificateUrl(certificateId, 'renewal')));
  }

  /**
   * Issues the renewal, which replaces this certificate; resolves to the new one. 409 with a
   * refusal code (`RENEWAL_REFUSALS`) when it is not renewable, no longer current, or a requirement is unmet.
   */
  renew(certificateId: string, language?: CertificateLanguage): Promise<CertificateDto> {
    return firstValueFrom(this.http.post<CertificateDto>(certificateUrl(certificateId, 'renew'), language ? { language } : {}));
  }

  /** The stored PDF, for a plain download link: the session cookie goes along. */
  pdfUrl(certificateId: string): string {
    return certificateUrl(certificateId, 'pdf');
  }

  /** The signed-in trainee's own certificates. */
  async mine(): Promise<CertificateDto[]> {
    const response = await firstValueFrom(this.http.get<CertificateListResponse>('/api/me/certificates'));
    return response.certificates;
  }
}
