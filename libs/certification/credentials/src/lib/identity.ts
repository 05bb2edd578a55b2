/**
 * The recipient's identity as an Open Badges 3.0 IdentityHash: the e-mail
 * address never appears in the credential, only `sha256$<hex>` of the address
 * with a salt appended (both UTF-8), plus the salt. Someone who already knows
 * the holder's address (an employer the holder told it to) can confirm the
 * match; nobody can read the address out of the credential.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface HashedIdentity {
  identityHash: string;
  salt: string;
}

/**
 * Addresses are trimmed and lower-cased before hashing, so the hash does not
 * depend on how the address was typed. Pass the stored salt to reproduce a
 * hash; without one a random 128-bit salt is drawn.
 */
export function hashIdentity(email: string, salt?: string): HashedIdentity {
  const normalized = normalizeEmail(email);
  const usedSalt = salt ?? randomBytes(16).toString('hex');
  const hex = createHash('sha256').update(normalized + usedSalt, 'utf8').digest('hex');
  return { identityHash: `sha256$${hex}`, salt: usedSalt };
}

/** Whether the e-mail address is the one hashed in the identity (constant time). */
export function identityMatches(email: string, identity: HashedIdentity): boolean {
  const [algorithm, hex] = identity.identityHash.split('$');
  if (algorithm !== 'sha256' || !hex || !/^[0-9a-f]{64}$/i.test(hex)) return false;
  let expected: string;
  try {
    expected = hashIdentity(email, identity.salt).identityHash.slice('sha256$'.length);
  } catch {
    return false;
  }
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(hex.toLowerCase(), 'hex'));
}

function normalizeEmail(email: string): string {
  const normalized = typeof email === 'string' ? email.trim().toLowerCase() : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(normalized)) throw new TypeError('not an e-mail address');
  return normalized;
}
