/**
 * Revocation through a W3C Bitstring Status List: one bit per issued
 * credential, GZIP-compressed and multibase base64url encoded ('u' prefix).
 */
import { VC_V2_CONTEXT } from './contexts';
import { loadBitstringStatusList } from './esm';
import { assertAbsoluteUri, assertDateTime } from './validation';

/** The spec's minimum length: 16 KiB of bits, so a list does not reveal who is on it. */
export const MIN_STATUS_LIST_LENGTH = 131072;

export interface StatusListEntryInput {
  statusListCredential: string;
  statusListIndex: number;
}

function assertLength(length: number): void {
  if (!Number.isSafeInteger(length) || length < MIN_STATUS_LIST_LENGTH || length % 8 !== 0) {
    throw new RangeError(
      `status list length must be a multiple of 8 and at least ${MIN_STATUS_LIST_LENGTH}, got ${length}`,
    );
  }
}

function assertIndex(index: number, length: number): void {
  if (!Number.isSafeInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`status list index must be an integer in [0, ${length - 1}], got ${index}`);
  }
}

/** The encoded list with the given indices set (revoked) and all others clear. */
export async function encodeStatusList(
  revoked: Iterable<number>,
  length: number = MIN_STATUS_LIST_LENGTH,
): Promise<string> {
  assertLength(length);
  const { BitstringStatusList } = await loadBitstringStatusList();
  const list = new BitstringStatusList({ length });
  for (const index of revoked) {
    assertIndex(index, length);
    list.setStatus(index, true);
  }
  return list.encode();
}

/** Whether the bit at `index` is set in an encoded list. */
export async function isIndexSet(encodedList: string, index: number): Promise<boolean> {
  const { BitstringStatusList } = await loadBitstringStatusList();
  const list = await BitstringStatusList.decode({ encodedList });
  assertIndex(index, list.length);
  return list.getStatus(index);
}

/** The `credentialStatus` entry of a credential at `statusListIndex` of a revocation list. */
export function statusListEntry(input: StatusListEntryInput): Record<string, unknown> {
  assertAbsoluteUri(input.statusListCredential, 'statusListCredential');
  if (!Number.isSafeInteger(input.statusListIndex) || input.statusListIndex < 0) {
    throw new RangeError(`statusListIndex must be a non-negative integer, got ${input.statusListIndex}`);
  }
  return {
    id: `${input.statusListCredential}#${input.statusListIndex}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(input.statusListIndex),
    statusListCredential: input.statusListCredential,
  };
}

/**
 * The unsigned BitstringStatusListCredential (purpose 'revocation'); sign it
 * with signCredential and serve it at `id`.
 */
export function buildStatusListCredential(input: {
  id: string;
  issuer: string;
  validFrom: string;
  validUntil?: string;
  encodedList: string;
}): Record<string, unknown> {
  assertAbsoluteUri(input.id, 'status list id');
  assertAbsoluteUri(input.issuer, 'issuer');
  assertDateTime(input.validFrom, 'validFrom');
  if (input.validUntil !== undefined) assertDateTime(input.validUntil, 'validUntil');
  if (!input.encodedList.startsWith('u')) {
    throw new TypeError('encodedList must be multibase base64url (starting with "u")');
  }
  const credential: Record<string, unknown> = {
    '@context': [VC_V2_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    validFrom: input.validFrom,
  };
  if (input.validUntil !== undefined) credential['validUntil'] = input.validUntil;
  credential['credentialSubject'] = {
    id: `${input.id}#list`,
    type: 'BitstringStatusList',
    statusPurpose: 'revocation',
    encodedList: input.encodedList,
  };
  return credential;
}

/**
 * Reads the revocation bit of `index` from a status list credential (already
 * verified by the caller with verifyCredential).
 */
export async function isRevokedInStatusListCredential(
  statusListCredential: Record<string, unknown>,
  index: number,
): Promise<boolean> {
  const subject = statusListCredential['credentialSubject'] as Record<string, unknown> | undefined;
  if (!subject || subject['type'] !== 'BitstringStatusList' || subject['statusPurpose'] !== 'revocation') {
    throw new Error('not a revocation status list credential');
  }
  const encodedList = subject['encodedList'];
  if (typeof encodedList !== 'string') throw new Error('status list credential has no encodedList');
  return isIndexSet(encodedList, index);
}
