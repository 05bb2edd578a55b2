import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const KEY_SECRET_FILE = 'issuer-key-secret';

/**
 * A value that tells the right issuer key secret from a wrong one without
 * revealing it: the secret cannot be recovered from it (the stored keys,
 * encrypted under the same secret, already allow that test anyway).
 */
export function secretCheck(secret: string): string {
  return `hmac-sha256:${createHmac('sha256', secret).update('peer-academy issuer key secret check v1').digest('hex')}`;
}

export function matchesSecretCheck(secret: string, check: string): boolean {
  const expected = Buffer.from(secretCheck(secret));
  const given = Buffer.from(check);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The secret of an embedded setup, kept beside its data; never made here. */
export async function readLocalSecret(dataDir: string): Promise<string | undefined> {
  const file = join(dataDir, KEY_SECRET_FILE);
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() || undefined : undefined;
}
