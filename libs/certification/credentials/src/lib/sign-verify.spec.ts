import { HOST, ISSUER_ID, sampleInput } from '../testing/sample';
import { buildOpenBadgeCredential } from './credential';
import { generateIssuerKey, type IssuerKey, publicKeyDocument } from './keys';
import { signCredential } from './sign';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts';
import {
  buildStatusListCredential,
  encodeStatusList,
  isRevokedInStatusListCredential,
  type StatusListEntryInput,
} from './status-list';
import { verifyCredential, type VerifyOptions } from './verify';

type Json = Record<string, unknown>;

const NOW = new Date('2026-03-01T12:00:00Z');
const notRevoked = async () => false;

function resolverFor(...keys: IssuerKey[]): VerifyOptions['resolveKey'] {
  const documents = new Map(keys.map((key) => [key.id, publicKeyDocument(key)]));
  return async (id) => documents.get(id) ?? null;
}

/** Every string and boolean leaf of a JSON value, with a setter. */
function leaves(value: unknown, path: string[] = []): { path: string[]; value: string | boolean }[] {
  if (typeof value === 'string' || typeof value === 'boolean') return [{ path, value }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

function withLeaf(document: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(document);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** The same text with exactly one character changed. */
function oneCharChanged(text: string): string {
  const i = Math.floor(text.length / 2);
  const c = text[i];
  const replacement = /\d/.test(c) ? String((Number(c) + 1) % 10) : c === 'a' ? 'b' : 'a';
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

describe('sign and verify', () => {
  let key: IssuerKey;
  let oldKey: IssuerKey;
  let signed: Json;

  beforeAll(async () => {
    oldKey = await generateIssuerKey(ISSUER_ID, `${ISSUER_ID}/keys/k-2025-01`);
    key = await generateIssuerKey(ISSUER_ID, `${ISSUER_ID}/keys/k-2026-11`);
    signed = await signCredential(buildOpenBadgeCredential(sampleInput()), key);
  });

  it('signs with a DataIntegrityProof, eddsa-rdfc-2022, assertionMethod', () => {
    expect(signed['proof']).toEqual([{
      type: 'DataIntegrityProof',
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
      verificationMethod: key.id,
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/),
    }]);
  });

  it('does not modify its input and refuses to sign twice or with another issuer’s key', async () => {
    const unsigned = buildOpenBadgeCredential(sampleInput());
    const before = structuredClone(unsigned);
    await signCredential(unsigned, key);
    expect(unsigned).toEqual(before);
    await expect(signCredential(signed, key)).rejects.toThrow('already signed');
    const foreign = await generateIssuerKey('https://other.example/issuer', 'https://other.example/keys/1');
    await expect(signCredential(unsigned, foreign)).rejects.toThrow('not by the issuer');
  });

  it('round trip: build, sign, verify', async () => {
    const result = await verifyCredential(signed, { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked });
    expect(result).toEqual({ verified: true, errors: [], keyId: key.id });
  });

  it('survives JSON serialisation', async () => {
    const parsed = JSON.parse(JSON.stringify(signed)) as unknown;
    await expect(
      verifyCredential(parsed, { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked }),
    ).resolves.toMatchObject({ verified: true });
  });

  it('any one changed character makes the proof fail', async () => {
    const options = { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked };
    const candidates = leaves(signed).filter(
      ({ path }) =>
        path[0] !== '@context' &&
        // Changing these is caught before the proof is checked (see below).
        !['proof.0.verificationMethod', 'proof.0.type', 'proof.0.cryptosuite', 'issuer.id'].includes(path.join('.')),
    );
    expect(candidates.length).toBeGreaterThan(30);
    for (const { path, value } of candidates) {
      const changed = typeof value === 'boolean' ? !value : oneCharChanged(value);
      const result = await verifyCredential(withLeaf(signed, path, changed), options);
      expect({ path: path.join('.'), verified: result.verified }).toEqual({ path: path.join('.'), verified: false });
      expect({ path: path.join('.'), errors: result.errors }).toEqual({
        path: path.join('.'),
        errors: expect.arrayContaining(['proof does not verify']),
      });
    }
  });

  it('a changed issuer or key reference fails before the proof', async () => {
    const options = { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked };
    const otherIssuer = withLeaf(signed, ['issuer', 'id'], `${HOST}/issuez`);
    await expect(verifyCredential(otherIssuer, options)).resolves.toMatchObject({
      verified: false,
      errors: ['key does not belong to the issuer'],
    });
    const otherKey = withLeaf(signed, ['proof', '0', 'verificationMethod'], `${ISSUER_ID}/keys/k-2026-12`);
    await expect(verifyCredential(otherKey, options)).resolves.toMatchObject({
      verified: false,
      errors: ['unknown key'],
    });
    const otherSuite = withLeaf(signed, ['proof', '0', 'cryptosuite'], 'ecdsa-rdfc-2019');
    await expect(verifyCredential(otherSuite, options)).resolves.toMatchObject({
      verified: false,
      errors: ['unsupported proof type'],
    });
  });

  it('still verifies a credential of the earlier shape: one proof object, no credentialSchema, no images', async () => {
    const unsigned = buildOpenBadgeCredential(sampleInput());
    delete unsigned['credentialSchema'];
    unsigned['@context'] = [VC_V2_CONTEXT, OB_V3_CONTEXT];
    const signed = await signCredential(unsigned, key);
    const old = { ...signed, proof: (signed['proof'] as unknown[])[0] };
    const options = { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked };
    await expect(verifyCredential(old, options)).resolves.toMatchObject({ verified: true, errors: [] });
    await expect(verifyCredential(JSON.parse(JSON.stringify(old)), options)).resolves.toMatchObject({ verified: true });
    const tampered = withLeaf(old, ['name'], 'Något annat');
    await expect(verifyCredential(tampered, options)).resolves.toMatchObject({ verified: false, errors: ['proof does not verify'] });
  });

  it('signs every optional part (all terms are defined by the pinned contexts)', async () => {
    const input = sampleInput({ validUntil: '2031-01-15T10:00:00Z', awardedDate: '2025-12-20T09:00:00Z' });
    input.issuer = { ...input.issuer, email: 'info@academy.example.se', image: `${HOST}/issuer/logo.svg` };
    input.achievement = { ...input.achievement, image: `${HOST}/achievements/grundutbildning/badge.svg` };
    const full = await signCredential(buildOpenBadgeCredential(input), key);
    await expect(
      verifyCredential(full, { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked }),
    ).resolves.toMatchObject({ verified: true });
  });

  it('an added property makes the proof fail', async () => {
    const result = await verifyCredential(
      { ...signed, description: 'Extra' },
      { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked },
    );
    expect(result).toMatchObject({ verified: false, errors: ['proof does not verify'] });
  });

  it('a credential signed with an old key still verifies after rotation', async () => {
    const old = await signCredential(buildOpenBadgeCredential(sampleInput()), oldKey);
    const result = await verifyCredential(old, {
      resolveKey: resolverFor(oldKey, key),
      now: NOW,
      isRevoked: notRevoked,
    });
    expect(result).toEqual({ verified: true, errors: [], keyId: oldKey.id });
  });

  it('a key document with another public key does not verify', async () => {
    const impostor = { ...key, publicKeyMultibase: oldKey.publicKeyMultibase };
    const result = await verifyCredential(signed, { resolveKey: resolverFor(impostor), now: NOW, isRevoked: notRevoked });
    expect(result).toMatchObject({ verified: false, errors: ['proof does not verify'] });
  });

  it('an unknown key fails', async () => {
    const result = await verifyCredential(signed, { resolveKey: async () => null, now: NOW, isRevoked: notRevoked });
    expect(result).toEqual({ verified: false, errors: ['unknown key'], keyId: key.id });
    const throwing = await verifyCredential(signed, {
      resolveKey: async () => {
        throw new Error('database down');
      },
      now: NOW,
      isRevoked: notRevoked,
    });
    expect(throwing.errors).toEqual(['unknown key']);
  });

  it('a key marked revoked fails', async () => {
    const resolveKey = async () => ({ ...publicKeyDocument(key), revoked: '2026-02-01T00:00:00Z' });
    await expect(verifyCredential(signed, { resolveKey, now: NOW, isRevoked: notRevoked })).resolves.toMatchObject({
      verified: false,
      errors: ['key revoked'],
    });
  });

  it('validUntil in the past: expired; validFrom in the future: not yet valid', async () => {
    const expiring = await signCredential(
      buildOpenBadgeCredential(sampleInput({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' })),
      key,
    );
    const options = { resolveKey: resolverFor(key), isRevoked: notRevoked };
    await expect(verifyCredential(expiring, { ...options, now: NOW })).resolves.toEqual({
      verified: false,
      errors: ['expired'],
      keyId: key.id,
    });
    await expect(verifyCredential(expiring, { ...options, now: new Date('2024-06-01T00:00:00Z') })).resolves.toMatchObject(
      { verified: true },
    );
    await expect(verifyCredential(signed, { ...options, now: new Date('2026-01-15T09:59:59Z') })).resolves.toMatchObject({
      verified: false,
      errors: ['not yet valid'],
    });
    // Without `now` the real clock is used.
    await expect(verifyCredential(expiring, options)).resolves.toMatchObject({ errors: ['expired'] });
  });

  it('a tampered, expired credential reports both', async () => {
    const expiring = await signCredential(
      buildOpenBadgeCredential(sampleInput({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' })),
      key,
    );
    const result = await verifyCredential(
      { ...expiring, name: 'Something else' },
      { resolveKey: resolverFor(key), now: NOW, isRevoked: notRevoked },
    );
    expect(result.errors.sort()).toEqual(['expired', 'proof does not verify']);
  });

  it('revoked: isRevoked gets the entry and a true answer fails the credential', async () => {
    const calls: StatusListEntryInput[] = [];
    const result = await verifyCredential(signed, {
      resolveKey: resolverFor(key),
      now: NOW,
      isRevoked: async (entry) => {
        calls.push(entry);
        return true;
      },
    });
    expect(result).toEqual({ verified: false, errors: ['revoked'], keyId: key.id });
    expect(calls).toEqual([{ statusListCredential: `${HOST}/status/1`, statusListIndex: 7 }]);
  });

  it('a credential with a status fails when revocation cannot be checked', async () => {
    await expect(verifyCredential(signed, { resolveKey: resolverFor(key), now: NOW })).resolves.toMatchObject({
      verified: false,
      errors: ['revocation status not checked'],
    });
    const failing = await verifyCredential(signed, {
      resolveKey: resolverFor(key),
      now: NOW,
      isRevoked: async () => {
        throw new Error('status list unavailable');
      },
    });
    expect(failing.errors).toEqual(['revocation status unavailable']);
    const withoutStatus = await signCredential(buildOpenBadgeCredential(sampleInput({ status: undefined })), key);
    await expect(verifyCredential(withoutStatus, { resolveKey: resolverFor(key), now: NOW })).resolves.toMatchObject({
      verified: true,
    });
  });

  it('revocation through a signed status list credential', async () => {
    const statusList = await signCredential(
      buildStatusListCredential({
        id: `${HOST}/status/1`,
        issuer: ISSUER_ID,
        validFrom: '2026-02-01T00:00:00Z',
        encodedList: await encodeStatusList([7, 12]),
      }),
      key,
    );
    const resolveKey = resolverFor(key);
    await expect(verifyCredential(statusList, { resolveKey, now: NOW })).resolves.toEqual({
      verified: true,
      errors: [],
      keyId: key.id,
    });
    const isRevoked = async (entry: StatusListEntryInput) => {
      expect(entry.statusListCredential).toBe(statusList['id']);
      return isRevokedInStatusListCredential(statusList, entry.statusListIndex);
    };
    await expect(verifyCredential(signed, { resolveKey, now: NOW, isRevoked })).resolves.toMatchObject({
      verified: false,
      errors: ['revoked'],
    });
    const other = await signCredential(
      buildOpenBadgeCredential(
        sampleInput({ status: { statusListCredential: `${HOST}/status/1`, statusListIndex: 8 } }),
      ),
      key,
    );
    await expect(verifyCredential(other, { resolveKey, now: NOW, isRevoked })).resolves.toMatchObject({
      verified: true,
    });
  });

  it('rejects things that are not credentials', async () => {
    const options = { resolveKey: resolverFor(key), now: NOW };
    for (const input of [null, 'text', [], {}, { '@context': ['https://www.w3.org/ns/credentials/v2'] }]) {
      await expect(verifyCredential(input, options)).resolves.toEqual({
        verified: false,
        errors: ['malformed credential'],
      });
    }
    const unsigned = structuredClone(signed);
    delete unsigned['proof'];
    await expect(verifyCredential(unsigned, { ...options, isRevoked: notRevoked })).resolves.toEqual({
      verified: false,
      errors: ['missing proof'],
    });
  });
});
