import { createHash, createPrivateKey, sign as edSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocumentLoader } from './contexts';
import { loadEddsaRdfc2022 } from './esm';
import { signCredential } from './sign';
import { verifyCredential } from './verify';

/** The Open Badges 3.0 known-key vector; see the fixture's "$comment" for its source. */
interface Vector {
  key: {
    publicKeyHex: string;
    secretKeyHex: string;
    id: string;
    controller: string;
    publicKeyMultibase: string;
    secretKeyMultibase: string;
  };
  credential: Record<string, unknown>;
  proofOptions: Record<string, string>;
  proofCanonical: string;
  documentCanonical: string;
  documentHashHex: string;
  proofHashHex: string;
  signatureHex: string;
  proofValue: string;
}

const vector = JSON.parse(
  readFileSync(join(__dirname, '../testing/ob-v3p0-eddsa-rdfc-2022-vector.json'), 'utf8'),
) as Vector;

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function canonize(document: Record<string, unknown>): Promise<string> {
  const { cryptosuite } = await loadEddsaRdfc2022();
  const suite = cryptosuite as unknown as {
    canonize(input: unknown, options: { documentLoader: unknown }): Promise<string>;
  };
  return suite.canonize(document, { documentLoader: createDocumentLoader() });
}

describe('Open Badges 3.0 eddsa-rdfc-2022 test vector', () => {
  const key = {
    id: vector.key.id,
    controller: vector.key.controller,
    publicKeyMultibase: vector.key.publicKeyMultibase,
    secretKeyMultibase: vector.key.secretKeyMultibase,
  };

  it('canonicalises the document and the proof options as the vector does', async () => {
    const documentCanonical = await canonize(vector.credential);
    expect(documentCanonical).toBe(vector.documentCanonical);
    expect(sha256Hex(documentCanonical)).toBe(vector.documentHashHex);

    const proofCanonical = await canonize({ '@context': vector.credential['@context'], ...vector.proofOptions });
    expect(proofCanonical).toBe(vector.proofCanonical);
    expect(sha256Hex(proofCanonical)).toBe(vector.proofHashHex);
  });

  it('the raw key pair signs the data to sign into the vector signature (independent check)', () => {
    const seed = Buffer.from(vector.key.secretKeyHex.slice(0, 64), 'hex');
    const privateKey = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]),
      format: 'der',
      type: 'pkcs8',
    });
    const jwk = privateKey.export({ format: 'jwk' });
    expect(Buffer.from(jwk.x as string, 'base64url').toString('hex')).toBe(vector.key.publicKeyHex);
    const data = Buffer.from(vector.proofHashHex + vector.documentHashHex, 'hex');
    expect(edSign(null, data, privateKey).toString('hex')).toBe(vector.signatureHex);
  });

  it('signCredential produces exactly the expected proof', async () => {
    const signed = await signCredential(vector.credential, key, { created: vector.proofOptions['created'] });
    // One proof, in the array form 1EdTech's JSON Schema requires: the same proof set for JSON-LD.
    expect(signed['proof']).toEqual([{ ...vector.proofOptions, proofValue: vector.proofValue }]);
    const document = structuredClone(signed);
    delete document['proof'];
    expect(document).toEqual(vector.credential);
  });

  it.each([
    ['a single proof object', { ...vector.proofOptions, proofValue: vector.proofValue }],
    ['an array of one proof', [{ ...vector.proofOptions, proofValue: vector.proofValue }]],
  ])('verifyCredential accepts the signed vector with %s', async (_shape, proof) => {
    const signed = { ...vector.credential, proof };
    const resolveKey = async (id: string) =>
      id === key.id
        ? { id: key.id, type: 'Multikey', controller: key.controller, publicKeyMultibase: key.publicKeyMultibase }
        : null;
    await expect(verifyCredential(signed, { resolveKey })).resolves.toEqual({
      verified: true,
      errors: [],
      keyId: key.id,
    });
  });
});
