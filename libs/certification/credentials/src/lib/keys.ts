/**
 * Issuer signing keys (Ed25519, Multikey encoding) and the public documents
 * that let anyone verify our credentials.
 */
import { MULTIKEY_V1_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts';
import { loadEd25519Multikey } from './esm';
import { assertAbsoluteUri, assertText } from './validation';

export interface IssuerKey {
  /** Verification method id, e.g. https://host/issuer/keys/k-2026-11; served at this URL. */
  id: string;
  /** The issuer id URL (the credential's `issuer.id`). */
  controller: string;
  publicKeyMultibase: string;
  /** Secret: never serve or log it. */
  secretKeyMultibase: string;
}

export interface IssuerProfileInput {
  id: string;
  name: string;
  url?: string;
  email?: string;
  description?: string;
  /** URL of the issuer's logo (PNG or SVG), shown by wallets beside the badge. */
  image?: string;
}

/** A new Ed25519 key pair for the issuer. Store `secretKeyMultibase` as a secret. */
export async function generateIssuerKey(controller: string, id: string): Promise<IssuerKey> {
  assertAbsoluteUri(controller, 'controller');
  assertAbsoluteUri(id, 'key id');
  const Ed25519Multikey = await loadEd25519Multikey();
  const pair = await Ed25519Multikey.generate({ id, controller });
  const exported = await pair.export({ publicKey: true, secretKey: true, includeContext: false });
  const { publicKeyMultibase, secretKeyMultibase } = exported;
  if (typeof publicKeyMultibase !== 'string' || typeof secretKeyMultibase !== 'string') {
    throw new Error('key generation did not produce multibase keys');
  }
  return { id, controller, publicKeyMultibase, secretKeyMultibase };
}

/**
 * The public Multikey verification method document, to be served (as JSON,
 * `application/json` or `application/ld+json`) at the key id URL. Keep
 * serving retired keys: credentials signed with them must still verify.
 */
export function publicKeyDocument(
  key: Pick<IssuerKey, 'id' | 'controller' | 'publicKeyMultibase'>,
): Record<string, unknown> {
  assertAbsoluteUri(key.id, 'key id');
  assertAbsoluteUri(key.controller, 'controller');
  if (typeof key.publicKeyMultibase !== 'string' || !key.publicKeyMultibase.startsWith('z')) {
    throw new TypeError('publicKeyMultibase must be a base58btc multibase string');
  }
  return {
    '@context': MULTIKEY_V1_CONTEXT,
    id: key.id,
    type: 'Multikey',
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
  };
}

/**
 * The Open Badges issuer Profile, to be served at the issuer id URL. It also
 * acts as the controller document of our keys: `assertionMethod` lists every
 * key id (current and retired, but not compromised ones) that may sign
 * credentials, so generic Data Integrity verifiers can check that the key
 * belongs to the issuer.
 */
export function issuerProfileDocument(
  issuer: IssuerProfileInput,
  keyIds: readonly string[],
): Record<string, unknown> {
  assertAbsoluteUri(issuer.id, 'issuer.id');
  keyIds.forEach((keyId) => assertAbsoluteUri(keyId, 'key id'));
  return {
    '@context': [
      VC_V2_CONTEXT,
      OB_V3_CONTEXT,
      {
        assertionMethod: {
          '@id': 'https://w3id.org/security#assertionMethod',
          '@type': '@id',
          '@container': '@set',
        },
      },
    ],
    ...issuerProfile(issuer),
    assertionMethod: [...keyIds],
  };
}

/** The Profile object embedded as a credential's `issuer`. */
export function issuerProfile(issuer: IssuerProfileInput): Record<string, unknown> {
  assertAbsoluteUri(issuer.id, 'issuer.id');
  assertText(issuer.name, 'issuer.name');
  const profile: Record<string, unknown> = { id: issuer.id, type: ['Profile'], name: issuer.name };
  if (issuer.url !== undefined) {
    assertAbsoluteUri(issuer.url, 'issuer.url');
    profile['url'] = issuer.url;
  }
  if (issuer.email !== undefined) profile['email'] = issuer.email;
  if (issuer.description !== undefined) profile['description'] = issuer.description;
  if (issuer.image !== undefined) {
    assertAbsoluteUri(issuer.image, 'issuer.image');
    profile['image'] = { id: issuer.image, type: 'Image' };
  }
  return profile;
}
