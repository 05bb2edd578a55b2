import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CertificateDto, CertificateLanguage, CertificateListResponse, CertificationJobDto } from '@peer/contract';
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

function certificateUrl(certificateId: string, ...path: readonly string[]): string {
  return [`${CERTIFICATES_API}/${encodeURIComponent(certificateId)}`, ...path].join('/');
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

  /** Starts certifying every trainee of the cohort who is ready; follow it with {@link watchJob}. */
  startJob(cohortId: string, language: CertificateLanguage): Promise<CertificationJobDto> {
    return firstValueFrom(this.http.post<CertificationJobDto>(cohortUrl(cohortId, 'certification-jobs'), { language }));
  }

  job(jobId: string): Promise<CertificationJobDto> {
    return firstValueFrom(this.http.get<CertificationJobDto>(`${CERTIFICATION_JOBS_API}/${encodeURIComponent(jobId)}`));
  }

  /**
   * The job's progress: asks at once, then every `intervalMs` (never two requests at a time),
   * and completes after the first answer that is no longer `running`.
   */
  watchJob(jobId: string, intervalMs = 500): Observable<CertificationJobDto> {
    const url = `${CERTIFICATION_JOBS_API}/${encodeURIComponent(jobId)}`;
    return timer(0, intervalMs).pipe(
      exhaustMap(() => this.http.get<CertificationJobDto>(url)),
      takeWhile((job) => job.status === 'running', true),
    );
  }

  /** The cohort's certificates, newest first, revoked and superseded ones included. */
  async forCohort(cohortId: string): Promise<CertificateDto[]> {
    const response = await firstValueFrom(this.http.get<CertificateListResponse>(cohortUrl(cohortId, 'certificates')));
    return response.certificates;
  }

  revoke(certificateId: string, reason: string): Promise<CertificateDto> {
    return firstValueFrom(this.http.post<CertificateDto>(certificateUrl(certificateId, 'revoke'), { reason }));
  }

  /** Issues a corrected certificate that supersedes this one; resolves to the new certificate. */
  reissue(certificateId: string, input: ReissueInput): Promise<CertificateDto> {
    return firstValueFrom(this.http.post<CertificateDto>(certificateUrl(certificateId, 'reissue'), input));
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
