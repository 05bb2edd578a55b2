/**
 * Signing with a Data Integrity proof, cryptosuite eddsa-rdfc-2022 (RDF
 * Dataset Canonicalization + SHA-256 + Ed25519), proof purpose
 * assertionMethod. Contexts come from the static loader only.
 */
import { createDocumentLoader } from './contexts';
import { loadDataIntegrity, loadEd25519Multikey, loadEddsaRdfc2022, loadVc } from './esm';
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

  const [Ed25519Multikey, { cryptosuite }, { DataIntegrityProof }, vc] = await Promise.all([
    loadEd25519Multikey(),
    loadEddsaRdfc2022(),
    loadDataIntegrity(),
    loadVc(),
  ]);
  const keyPair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: key.id,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(),
    cryptosuite,
    ...(options.created !== undefined ? { date: options.created } : {}),
  });
  const signed: Record<string, unknown> = await vc.issue({
    credential: structuredClone(credential),
    suite,
    documentLoader: createDocumentLoader(),
  });
  const proof = signed['proof'];
  return { ...signed, proof: Array.isArray(proof) ? proof : [proof] };
}
