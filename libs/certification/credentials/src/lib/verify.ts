/**
 * Verification of a signed credential: the eddsa-rdfc-2022 proof against a
 * key the caller resolves, the validity period and the revocation status.
 * Each check reports its own plain-English error, so a tampered credential
 * that has also expired reports both.
 *
 * Nothing is fetched: contexts come from the static loader and the key
 * document from `resolveKey` (typically our own key table). The key must be
 * a Multikey whose id is the proof's verification method and whose
 * controller is the credential's issuer; the verification method is then
 * treated as authorised for assertionMethod by that issuer, so the issuer
 * profile document is not needed here.
 */
import { createDocumentLoader, MULTIKEY_V1_CONTEXT, VC_V2_CONTEXT } from './contexts';
import { loadDataIntegrity, loadEddsaRdfc2022, loadVc } from './esm';
import { type StatusListEntryInput } from './status-list';

export interface VerificationResult {
  verified: boolean;
  errors: string[];
  /** The verification method of the proof, when there is one. */
  keyId?: string;
}

export interface VerifyOptions {
  /** The public key document (see publicKeyDocument) for a verification method id, or null if unknown. */
  resolveKey: (verificationMethodId: string) => Promise<Record<string, unknown> | null>;
  /** The time to check validity against; default now. */
  now?: Date;
  /**
   * Whether the status list entry marks the credential revoked. Required for
   * credentials that carry a `credentialStatus`: without it they fail with
   * 'revocation status not checked'.
   */
  isRevoked?: (entry: StatusListEntryInput) => Promise<boolean>;
}

/** Error messages, exported for callers that map them to their own texts. */
export const VerificationErrors = {
  malformed: 'malformed credential',
  missingProof: 'missing proof',
  unsupportedProof: 'unsupported proof type',
  unknownKey: 'unknown key',
  keyNotIssuers: 'key does not belong to the issuer',
  keyRevoked: 'key revoked',
  proof: 'proof does not verify',
  notYetValid: 'not yet valid',
  expired: 'expired',
  revoked: 'revoked',
  statusNotChecked: 'revocation status not checked',
  statusUnavailable: 'revocation status unavailable',
} as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value['id'] === 'string') return value['id'];
  return undefined;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export async function verifyCredential(credential: unknown, options: VerifyOptions): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  if (!isObject(credential) || !asArray(credential['@context']).includes(VC_V2_CONTEXT)) {
    return { verified: false, errors: [VerificationErrors.malformed] };
  }
  const issuerId = idOf(credential['issuer']);
  if (!issuerId) return { verified: false, errors: [VerificationErrors.malformed] };

  const errors: string[] = [];
  const proofs = asArray(credential['proof']);
  const proof = proofs[0];
  let keyId: string | undefined;

  if (proofs.length === 0) {
    errors.push(VerificationErrors.missingProof);
  } else if (
    proofs.length > 1 ||
    !isObject(proof) ||
    proof['type'] !== 'DataIntegrityProof' ||
    proof['cryptosuite'] !== 'eddsa-rdfc-2022'
  ) {
    errors.push(VerificationErrors.unsupportedProof);
  } else {
    keyId = idOf(proof['verificationMethod']);
    errors.push(...(await checkProof(credential, issuerId, keyId, options, now)));
  }

  errors.push(...checkValidityPeriod(credential, now));
  errors.push(...(await checkStatus(credential, options)));
  return { verified: errors.length === 0, errors: [...new Set(errors)], ...(keyId ? { keyId } : {}) };
}

async function checkProof(
  credential: Json,
  issuerId: string,
  keyId: string | undefined,
  options: VerifyOptions,
  now: Date,
): Promise<string[]> {
  if (!keyId) return [VerificationErrors.proof];
  let key: Json | null;
  try {
    key = await options.resolveKey(keyId);
  } catch {
    return [VerificationErrors.unknownKey];
  }
  if (!isObject(key) || key['id'] !== keyId || key['type'] !== 'Multikey') return [VerificationErrors.unknownKey];
  if (key['controller'] !== issuerId) return [VerificationErrors.keyNotIssuers];
  const revoked = key['revoked'];
  if (revoked !== undefined && !(typeof revoked === 'string' && Date.parse(revoked) > now.getTime())) {
    return [VerificationErrors.keyRevoked];
  }

  const [{ cryptosuite }, { DataIntegrityProof }, vc] = await Promise.all([
    loadEddsaRdfc2022(),
    loadDataIntegrity(),
    loadVc(),
  ]);
  const keyDocument = { '@context': MULTIKEY_V1_CONTEXT, ...key };
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: createDocumentLoader({ [keyId]: keyDocument }),
    // The key document already ties the key to the issuer (checked above).
    controller: { id: issuerId, assertionMethod: [keyId] },
    // Validity dates are checked separately, so that an expired credential
    // still gets its proof checked and reported on.
    maxClockSkew: Number.POSITIVE_INFINITY,
    // Status is checked separately through the caller's isRevoked.
    checkStatus: async () => ({ verified: true }),
  });
  return result.verified ? [] : [VerificationErrors.proof];
}

function checkValidityPeriod(credential: Json, now: Date): string[] {
  const errors: string[] = [];
  const time = now.getTime();
  const { validFrom, validUntil } = credential;
  if (validFrom !== undefined) {
    const from = typeof validFrom === 'string' ? Date.parse(validFrom) : Number.NaN;
    if (Number.isNaN(from)) errors.push(VerificationErrors.malformed);
    else if (time < from) errors.push(VerificationErrors.notYetValid);
  }
  if (validUntil !== undefined) {
    const until = typeof validUntil === 'string' ? Date.parse(validUntil) : Number.NaN;
    if (Number.isNaN(until)) errors.push(VerificationErrors.malformed);
    else if (time > until) errors.push(VerificationErrors.expired);
  }
  return errors;
}

async function checkStatus(credential: Json, options: VerifyOptions): Promise<string[]> {
  const entries = asArray(credential['credentialStatus']);
  if (entries.length === 0) return [];
  const revocationEntries: StatusListEntryInput[] = [];
  for (const entry of entries) {
    if (!isObject(entry) || entry['type'] !== 'BitstringStatusListEntry') {
      return [VerificationErrors.statusUnavailable];
    }
    if (entry['statusPurpose'] !== 'revocation') continue;
    const statusListCredential = entry['statusListCredential'];
    const index = entry['statusListIndex'];
    if (typeof statusListCredential !== 'string' || typeof index !== 'string' || !/^(0|[1-9]\d*)$/.test(index)) {
      return [VerificationErrors.statusUnavailable];
    }
    revocationEntries.push({ statusListCredential, statusListIndex: Number(index) });
  }
  if (revocationEntries.length === 0) return [];
  if (!options.isRevoked) return [VerificationErrors.statusNotChecked];
  try {
    for (const entry of revocationEntries) {
      if (await options.isRevoked(entry)) return [VerificationErrors.revoked];
    }
  } catch {
    return [VerificationErrors.statusUnavailable];
  }
  return [];
}
