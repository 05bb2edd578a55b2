import { gunzipSync } from 'node:zlib';
import {
  buildStatusListCredential,
  encodeStatusList,
  isIndexSet,
  isRevokedInStatusListCredential,
  MIN_STATUS_LIST_LENGTH,
  statusListEntry,
} from './status-list';

function decompress(encoded: string): Buffer {
  return gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
}

describe('status list', () => {
  const last = MIN_STATUS_LIST_LENGTH - 1;

  it('encodes an empty list as multibase base64url GZIP of length/8 zero bytes', async () => {
    const encoded = await encodeStatusList([]);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded.slice(1)).toMatch(/^[A-Za-z0-9_-]+$/);
    const bytes = decompress(encoded);
    expect(bytes.length).toBe(MIN_STATUS_LIST_LENGTH / 8);
    expect(bytes.every((b) => b === 0)).toBe(true);
  });

  it('round-trips index 0 and the last index (bit 0 is the leftmost bit)', async () => {
    const encoded = await encodeStatusList([0, last]);
    await expect(isIndexSet(encoded, 0)).resolves.toBe(true);
    await expect(isIndexSet(encoded, last)).resolves.toBe(true);
    await expect(isIndexSet(encoded, 1)).resolves.toBe(false);
    await expect(isIndexSet(encoded, last - 1)).resolves.toBe(false);
    const bytes = decompress(encoded);
    expect(bytes[0]).toBe(0x80);
    expect(bytes[bytes.length - 1]).toBe(0x01);
  });

  it('round-trips an arbitrary set of indices', async () => {
    const revoked = new Set([3, 8, 9, 1000, 65536, 99999]);
    const encoded = await encodeStatusList(revoked);
    for (const index of [0, 2, 3, 4, 7, 8, 9, 10, 999, 1000, 1001, 65535, 65536, 99999, last]) {
      await expect(isIndexSet(encoded, index)).resolves.toBe(revoked.has(index));
    }
  });

  it('supports longer lists and refuses lengths below the minimum', async () => {
    const encoded = await encodeStatusList([MIN_STATUS_LIST_LENGTH * 2 - 1], MIN_STATUS_LIST_LENGTH * 2);
    expect(decompress(encoded).length).toBe(MIN_STATUS_LIST_LENGTH / 4);
    await expect(isIndexSet(encoded, MIN_STATUS_LIST_LENGTH * 2 - 1)).resolves.toBe(true);
    await expect(encodeStatusList([], 1024)).rejects.toThrow(RangeError);
    await expect(encodeStatusList([], MIN_STATUS_LIST_LENGTH + 1)).rejects.toThrow(RangeError);
  });

  it('refuses indices outside the list', async () => {
    await expect(encodeStatusList([MIN_STATUS_LIST_LENGTH])).rejects.toThrow(RangeError);
    await expect(encodeStatusList([-1])).rejects.toThrow(RangeError);
    await expect(encodeStatusList([1.5])).rejects.toThrow(RangeError);
    const encoded = await encodeStatusList([]);
    await expect(isIndexSet(encoded, MIN_STATUS_LIST_LENGTH)).rejects.toThrow(RangeError);
  });

  it('builds the status list credential and its entries', async () => {
    const encodedList = await encodeStatusList([7]);
    const credential = buildStatusListCredential({
      id: 'https://academy.example.se/status/1',
      issuer: 'https://academy.example.se/issuer',
      validFrom: '2026-01-15T10:00:00Z',
      encodedList,
    });
    expect(credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'https://academy.example.se/status/1',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: 'https://academy.example.se/issuer',
      validFrom: '2026-01-15T10:00:00Z',
      credentialSubject: {
        id: 'https://academy.example.se/status/1#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList,
      },
    });
    await expect(isRevokedInStatusListCredential(credential, 7)).resolves.toBe(true);
    await expect(isRevokedInStatusListCredential(credential, 6)).resolves.toBe(false);
    expect(statusListEntry({ statusListCredential: 'https://academy.example.se/status/1', statusListIndex: 0 })).toEqual({
      id: 'https://academy.example.se/status/1#0',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '0',
      statusListCredential: 'https://academy.example.se/status/1',
    });
  });
});
