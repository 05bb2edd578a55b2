import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret for a cookie or a link: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored, so a copy of the database opens no session and no link. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
