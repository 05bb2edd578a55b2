import type { CertificateDto, CertificationJobDto, CertificationJobItemDto, ShareLinkDto } from '@peer/contract';
import { ASA, COHORT_ID } from '@peer/web/cohorts/data-access/testing';

// Test fixtures: certificates of the fictional cohort in `@peer/web/cohorts/data-access/testing`.
// Never imported by production code.

export const CERTIFICATE_ID = '4a3b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d';
export const JOB_ID = '6b5a4c3d-2e1f-4b0a-8c9d-7e6f5a4b3c2d';

export function aCertificate(overrides: Partial<CertificateDto> = {}): CertificateDto {
  return {
    id: CERTIFICATE_ID,
    code: 'PEER-7KQ2-M4XD',
    traineeId: ASA.id,
    holderName: ASA.name,
    courseId: 'base',
    courseTitle: { sv: 'Grundutbildning för peer supporter', en: 'Base course for peer supporters' },
    version: 1,
    language: 'sv',
    status: 'valid',
    issuedAt: '2026-05-20T12:00:00.000Z',
    validUntil: '2029-05-20T12:00:00.000Z',
    issuedBy: 'Eva Kärrlund',
    revokedAt: null,
    revocationCode: null,
    revocationNote: null,
    supersededBy: null,
    renews: null,
    renewedBy: null,
    verifyUrl: 'https://peer.example.org/verify?code=PEER-7KQ2-M4XD',
    pdfSha256: 'a'.repeat(64),
    ...overrides,
  };
}

export function aJob(overrides: Partial<CertificationJobDto> = {}): CertificationJobDto {
  return {
    id: JOB_ID,
    cohortId: COHORT_ID,
    status: 'running',
    total: 0,
    pending: 0,
    issued: 0,
    skipped: 0,
    failed: 0,
    failures: [],
    error: null,
    createdAt: '2026-05-20T12:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

/** A trainee the job could not certify. */
export function aJobFailure(overrides: Partial<CertificationJobItemDto> = {}): CertificationJobItemDto {
  return { enrolmentId: `e-${ASA.id}`, traineeId: ASA.id, name: ASA.name, status: 'failed', reason: 'issue-failed', ...overrides };
}

export function aShareLink(overrides: Partial<ShareLinkDto> = {}): ShareLinkDto {
  return { id: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', createdAt: '2026-05-21T09:00:00.000Z', certificateIds: [CERTIFICATE_ID], includeSupervision: false, ...overrides };
}
