/** The status a certificate row stores; it only ever moves on from `valid`. */
export type StoredStatus = 'valid' | 'revoked' | 'superseded';

/** What the public is told about a certificate. */
export type PublicStatus = StoredStatus | 'expired';

/** A valid certificate past its end date has expired; revoked and superseded ones stay as they are. */
export function publicStatus(certificate: { status: StoredStatus; validUntil: Date | null }, now: Date): PublicStatus {
  if (certificate.status === 'valid' && certificate.validUntil !== null && certificate.validUntil.getTime() < now.getTime()) return 'expired';
  return certificate.status;
}
