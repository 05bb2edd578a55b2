import type { CertificateLanguage, CertificateStatus, RevocationCode } from '@peer/contract';

/** What the public may read of a certificate: what it states and its status, no more (never the internal revocation note). */
export interface PublicRecord {
  id: string;
  code: string;
  status: CertificateStatus;
  holderName: string;
  language: CertificateLanguage;
  courseId: string;
  version: number;
  issuedAt: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
  /** The public reason of a revocation. */
  revocationCode: RevocationCode | null;
  /** The code of the certificate that replaced it. */
  supersededByCode: string | null;
  /** The code of the certificate that renewed it (the newest, should that renewal have been corrected). */
  renewedByCode: string | null;
  /** The id of the certificate it renews. */
  renews: string | null;
  issuerName: string;
}

/** One certificate of a renewal chain, as the public may see it. */
export interface ChainLink {
  code: string;
  status: CertificateStatus;
  issuedAt: Date;
  validUntil: Date | null;
}

/** The contents of one share link. */
export interface SharedRecords {
  linkId: string;
  traineeId: string;
  holderName: string;
  /** How many certificates the holder chose. */
  chosen: number;
  includeSupervision: boolean;
  /** Newest first. */
  records: PublicRecord[];
}

/** Port: the public's reads of certificates (verify page, upload check, shared records). */
export abstract class PublicCertificateRepository {
  abstract byCode(code: string): Promise<PublicRecord | null>;
  /** The certificate whose stored PDF has this SHA-256. */
  abstract byPdfHash(sha256: string): Promise<PublicRecord | null>;
  /** The signed credential as issued, with the certificate's id. */
  abstract credential(code: string): Promise<{ id: string; credential: Record<string, unknown> } | null>;
  /**
   * The renewal chain the certificate belongs to, oldest first: the certificates it renews, back to
   * the first, and those that renewed it since. Revoked and superseded ones are left out.
   */
  abstract renewalChain(id: string): Promise<ChainLink[]>;
  /**
   * What an unrevoked share link shows: the certificates its holder chose and every certificate
   * that renewed or replaced one of them since, each with its own status (never a replaced one).
   */
  abstract shared(tokenHash: string): Promise<SharedRecords | null>;
}
