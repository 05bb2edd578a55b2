import { randomBytes } from 'node:crypto';

/** A new account's or a reset account's temporary password: 16 URL-safe characters, 96 random bits. */
export function newTemporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}
