import type { ReachScope } from '../cohorts/reach';
import type { CertificateLanguage, CertificateStatus, RevocationCode, RevocationReason } from '@peer/contract';

/** One issued certificate as stored; what it states never changes, only its status moves on. */
export interface Certificate {
  id: string;
  code: string;
  traineeId: string;
  enrolmentId: string;
  courseId: string;
  version: number;
  status: CertificateStatus;
  holderName: string;
  issuerName: string;
  language: CertificateLanguage;
  issuedAt: Date;
  issuedBy: string | null;
  validUntil: Date | null;
  revokedAt: Date | null;
  revocationCode: RevocationCode | null;
  revocationNote: string | null;
  supersededBy: string | null;
  /** The certificate this one renews. */
  renews: string | null;
  statusList: number;
  statusIndex: number;
  keyId: string;
  credential: Record<string, unknown>;
  pdfSha256: string;
}

/**
 * - `stored`: stored, its status entry taken, what it replaces superseded, its job row settled;
 * - `already-valid`: the trainee already holds a valid one for this course version;
 * - `replaced-meanwhile`: the certificate to replace stopped being valid first;
 * - `entry-taken`: another certificate took the same status entry first (draw again).
 */
export type StoreOutcome = 'stored' | 'already-valid' | 'replaced-meanwhile' | 'entry-taken';

export interface StoreOptions {
  /** The valid certificate this one replaces (re-issue). */
  replaces?: string;
  /** The certificate this one renews: moved from valid to renewed in the same transaction (`certificate.renews` names it too). */
  renews?: string;
  /** The cohort job's row for this trainee, settled as issued in the same transaction. */
  jobItem?: { jobId: string; enrolmentId: string };
}

/** Port: storage of issued certificates. */
export abstract class CertificateRepository {
  abstract hasValid(traineeId: string, courseId: string, version: number): Promise<boolean>;
  /** The trainees holding a valid certificate of the course version. */
  abstract validHolders(courseId: string, version: number): Promise<Set<string>>;
  /** One transaction: all of it or nothing. */
  abstract store(certificate: Certificate, pdf: Buffer, options?: StoreOptions): Promise<StoreOutcome>;
  abstract find(id: string): Promise<Certificate | null>;
  /** The stored PDF bytes with the certificate. */
  abstract withPdf(id: string): Promise<{ certificate: Certificate; pdf: Buffer } | null>;
  /** False when it was no longer valid. Revoking a renewal makes the certificate it renewed valid again, in the same transaction. */
  abstract revoke(id: string, revocation: { reason: RevocationReason; note: string | null }, at: Date): Promise<boolean>;
  /**
   * Valid certificates whose validity ends after `from` and at or before `until`, soonest
   * first, of the trainees the scope reaches (a leader: those enrolled in a cohort she leads).
   */
  abstract expiring(scope: ReachScope, from: Date, until: Date): Promise<Certificate[]>;
  /** The newest certificate renewing each of `ids` (a re-issued renewal is newer than the one it replaced). */
  abstract renewedBy(ids: string[]): Promise<Map<string, string>>;
  /** Newest first. */
  abstract list(filter: { traineeId?: string; enrolmentIds?: string[]; ids?: string[] }): Promise<Certificate[]>;
}
