import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: easy to read aloud and type

/** 32 characters of 5 bits: 160 random bits, far beyond guessing. */
export function newCertificateCode(): string {
  const bytes = randomBytes(32);
  return Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
}

export const CERTIFICATE_CODE = /^[a-km-z2-9]{32}$/;
