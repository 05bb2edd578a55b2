/**
 * Signing with a Data Integrity proof, cryptosuite eddsa-rdfc-2022 (RDF
 * Dataset Canonicalization + SHA-256 + Ed25519), proof purpose
 * assertionMethod. Contexts come from the static loader only.
 */
import { createPrivateKey, sign as signBytes } from 'node:crypto';
import { templatedCanonize } from './canonical-templates';
import { documentLoader } from './contexts';
import { loadCanonicalisationLibraries, loadDataIntegrity, loadEd25519Multikey, loadEddsaRdfc2022, loadVc, type EddsaRdfc2022Module, type Signer } from './esm';
import { type IssuerKey } from './keys';
import { assertAbsoluteUri } from './validation';

export interface SignOptions {
  /** The proof's `created` time; default now. */
  created?: string | Date;
}

/**
 * The credential with a `proof` added, as an array of one proof (the form
 * 1EdTech's Open Badges JSON Schema requires; for JSON-LD and for verifiers
 * it is the same proof set as a single object). The input is not modified.
 */
export async function signCredential(
  credential: Record<string, unknown>,
  key: IssuerKey,
  options: SignOptions = {},
): Promise<Record<string, unknown>> {
  if ('proof' in credential) throw new Error('credential is already signed');
  assertAbsoluteUri(key.id, 'key id');
  const issuer = credential['issuer'];
  const issuerId = typeof issuer === 'string' ? issuer : (issuer as { id?: unknown } | undefined)?.id;
  if (issuerId !== key.controller) {
    throw new Error(`key ${key.id} is controlled by ${key.controller}, not by the issuer ${String(issuerId)}`);
  }

  const [Ed25519Multikey, cryptosuite, { DataIntegrityProof }, vc] = await Promise.all([
    loadEd25519Multikey(),
    signingCryptosuite(),
    loadDataIntegrity(),
    loadVc(),
  ]);
  const suite = new DataIntegrityProof({
    signer: await signerOf(key, Ed25519Multikey),
    cryptosuite,
    ...(options.created !== undefined ? { date: options.created } : {}),
  });
  const signed: Record<string, unknown> = await vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader,
  });
  const proof = signed['proof'];
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}

let templated: Promise<EddsaRdfc2022Module['cryptosuite']> | undefined;

/**
 * eddsa-rdfc-2022 with canonicalisation by template (see canonical-templates).
 * Only `signCredential` uses it, and it always loads through the static loader.
 */
function signingCryptosuite(): Promise<EddsaRdfc2022Module['cryptosuite']> {
  templated ??= Promise.all([loadEddsaRdfc2022(), loadCanonicalisationLibraries()]).then(([{ cryptosuite }, libraries]) => ({
    ...cryptosuite,
    canonize: templatedCanonize(libraries, cryptosuite.canonize),
  }));
  templated.catch(() => (templated = undefined));
  return templated;
}

/** PKCS#8 DER of an Ed25519 private key, up to the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SIGNER_CACHE_LIMIT = 8;
const signers = new Map<string, Promise<Signer>>();

/**
 * The key's signer, made once per key: decoding the key and importing it into
 * the crypto library for every signature would cost more than the signature.
 * Ed25519 is deterministic, so this signs exactly as the key pair's own signer.
 */
function signerOf(key: IssuerKey, Ed25519Multikey: Awaited<ReturnType<typeof loadEd25519Multikey>>): Promise<Signer> {
  const cacheKey = `${key.id}\n${key.controller}\n${key.publicKeyMultibase}\n${key.secretKeyMultibase}`;
  let signer = signers.get(cacheKey);
  if (!signer) {
    signer = Ed25519Multikey.from({
      type: 'Multikey',
      id: key.id,
      controller: key.controller,
      publicKeyMultibase: key.publicKeyMultibase,
      secretKeyMultibase: key.secretKeyMultibase,
    }).then((pair) => {
      const own = pair.signer();
      const secret = (pair as { secretKey?: unknown }).secretKey;
      if (!(secret instanceof Uint8Array) || (secret.length !== 64 && secret.length !== 32)) return own;
      const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, secret.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
      return { id: own.id, algorithm: own.algorithm, sign: async ({ data }: { data: Uint8Array }) => signBytes(null, data, privateKey) };
    });
    signer.catch(() => signers.delete(cacheKey));
    if (signers.size >= SIGNER_CACHE_LIMIT) signers.clear();
    signers.set(cacheKey, signer);
  }
  return signer;
}
