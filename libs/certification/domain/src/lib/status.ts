/**
 * The status a certificate row stores; it only ever moves on from `valid`.
 * `renewed`: replaced by a renewal, a true record of the period it covered.
 */
export type StoredStatus = 'valid' | 'revoked' | 'superseded' | 'renewed';

/** What the public is told about a certificate. */
export type PublicStatus = StoredStatus | 'expired';

/** A valid certificate past its end date has expired; revoked, superseded and renewed ones stay as they are. */
export function publicStatus(certificate: { status: StoredStatus; validUntil: Date | null }, now: Date): PublicStatus {
  if (certificate.status === 'valid' && certificate.validUntil !== null && certificate.validUntil.getTime() < now.getTime()) return 'expired';
  return certificate.status;
}

/** Whether a certificate may be renewed: it is still valid, or expired while stored as valid. */
export function renewable(status: PublicStatus): boolean {
  return status === 'valid' || status === 'expired';
}
