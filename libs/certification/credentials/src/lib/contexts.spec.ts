import { ISSUER_ID } from '../testing/sample';
import {
  createDocumentLoader,
  documentLoader,
  MULTIKEY_V1_CONTEXT,
  OB_V3_CONTEXT,
  pinnedContextUrls,
  VC_V2_CONTEXT,
} from './contexts';
import { loadEddsaRdfc2022 } from './esm';
import { generateIssuerKey, issuerProfileDocument, publicKeyDocument } from './keys';
import { signCredential } from './sign';

async function canonize(document: Record<string, unknown>): Promise<string> {
  const { cryptosuite } = await loadEddsaRdfc2022();
  const suite = cryptosuite as unknown as {
    canonize(input: unknown, options: { documentLoader: unknown }): Promise<string>;
  };
  return suite.canonize(document, { documentLoader: createDocumentLoader() });
}

describe('document loader', () => {
  it('serves the pinned contexts without fetching', async () => {
    const urls = await pinnedContextUrls();
    expect(urls).toEqual(expect.arrayContaining([VC_V2_CONTEXT, OB_V3_CONTEXT, MULTIKEY_V1_CONTEXT]));
    for (const url of urls) {
      const result = await documentLoader(url);
      expect(result).toEqual({ document: expect.any(Object), documentUrl: url, contextUrl: null });
      expect(result.document).toHaveProperty('@context');
      expect(Object.isFrozen(result.document)).toBe(true);
    }
  });

  it('refuses every other URL', async () => {
    await expect(documentLoader('https://example.com/context.json')).rejects.toThrow(
      'not allowed to fetch https://example.com/context.json',
    );
    await expect(documentLoader('OBv3_beta')).rejects.toThrow('not allowed to fetch OBv3_beta');
    await expect(documentLoader('https://www.w3.org/ns/credentials/undefined-terms/v2')).rejects.toThrow(
      'not allowed to fetch',
    );
  });

  it('serves registered extra documents but never lets them replace a pinned context', async () => {
    const keyDocument = { id: 'https://academy.example.se/issuer/keys/k1', type: 'Multikey' };
    const loader = createDocumentLoader({
      [keyDocument.id]: keyDocument,
      [VC_V2_CONTEXT]: { '@context': { name: 'https://evil.example/name' } },
    });
    await expect(loader(keyDocument.id)).resolves.toEqual({
      document: keyDocument,
      documentUrl: keyDocument.id,
      contextUrl: null,
    });
    const vc = (await loader(VC_V2_CONTEXT)).document as { '@context': Record<string, unknown> };
    expect(vc['@context']['name']).not.toBe('https://evil.example/name');
    await expect(loader('https://academy.example.se/issuer/keys/k2')).rejects.toThrow('not allowed to fetch');
  });

  it('makes signing fail on a credential that names an unknown context', async () => {
    const key = await generateIssuerKey(ISSUER_ID, `${ISSUER_ID}/keys/k1`);
    const credential = {
      '@context': [VC_V2_CONTEXT, 'https://example.com/remote-context.json'],
      type: ['VerifiableCredential'],
      issuer: ISSUER_ID,
      credentialSubject: { id: 'urn:uuid:00000000-0000-4000-8000-000000000000' },
    };
    const error = await signCredential(credential, key).then(
      () => null,
      (e: unknown) => e as { message: string; details?: { cause?: { message?: string } } },
    );
    expect(error?.message).toContain('https://example.com/remote-context.json');
    // jsonld wraps the loader's refusal.
    expect(error?.details?.cause?.message).toBe('not allowed to fetch https://example.com/remote-context.json');
  });
});

describe('public documents', () => {
  it('the key document is a Multikey without secret material, valid JSON-LD', async () => {
    const key = await generateIssuerKey(ISSUER_ID, `${ISSUER_ID}/keys/k-2026-11`);
    const document = publicKeyDocument(key);
    expect(document).toEqual({
      '@context': MULTIKEY_V1_CONTEXT,
      id: `${ISSUER_ID}/keys/k-2026-11`,
      type: 'Multikey',
      controller: ISSUER_ID,
      publicKeyMultibase: key.publicKeyMultibase,
    });
    expect(JSON.stringify(document)).not.toContain(key.secretKeyMultibase);
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
    await expect(canonize(document)).resolves.toContain('<https://w3id.org/security#Multikey>');
  });

  it('the issuer profile lists the keys as assertion methods, valid JSON-LD', async () => {
    const document = issuerProfileDocument(
      { id: ISSUER_ID, name: 'PEER Academy', url: 'https://academy.example.se', email: 'info@academy.example.se' },
      [`${ISSUER_ID}/keys/k-2025-01`, `${ISSUER_ID}/keys/k-2026-11`],
    );
    expect(document).toMatchObject({
      id: ISSUER_ID,
      type: ['Profile'],
      name: 'PEER Academy',
      assertionMethod: [`${ISSUER_ID}/keys/k-2025-01`, `${ISSUER_ID}/keys/k-2026-11`],
    });
    const nquads = await canonize(document);
    expect(nquads).toContain(
      `<${ISSUER_ID}> <https://w3id.org/security#assertionMethod> <${ISSUER_ID}/keys/k-2026-11> .`,
    );
    expect(nquads).toContain(`<${ISSUER_ID}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile> .`);
  });
});
