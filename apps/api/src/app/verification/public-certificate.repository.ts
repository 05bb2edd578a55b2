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
  issuerName: string;
}

/** Port: the public's reads of certificates (verify page, upload check, shared records). */
export abstract class PublicCertificateRepository {
  abstract byCode(code: string): Promise<PublicRecord | null>;
  /** The certificate whose stored PDF has this SHA-256. */
  abstract byPdfHash(sha256: string): Promise<PublicRecord | null>;
  /** The signed credential as issued, with the certificate's id. */
  abstract credential(code: string): Promise<{ id: string; credential: Record<string, unknown> } | null>;
  /** The valid and revoked certificates behind an unrevoked share link. */
  abstract shared(tokenHash: string): Promise<{ linkId: string; holderName: string; records: PublicRecord[] } | null>;
}
