import fc from 'fast-check';
import { HOST, sampleInput } from '../testing/sample';
import { type Canonize, templatedCanonize } from './canonical-templates';
import { documentLoader } from './contexts';
import { buildOpenBadgeCredential } from './credential';
import { loadCanonicalisationLibraries, loadEddsaRdfc2022 } from './esm';

type Json = Record<string, unknown>;

const OPTIONS = { documentLoader, base: null, safe: true };

/** The cryptosuite's own canonicalisation, counted, and a templated one in front of it. */
async function canonicalisers(): Promise<{ full: Canonize; templated: Canonize; fallbacks: () => number }> {
  const [{ cryptosuite }, libraries] = await Promise.all([loadEddsaRdfc2022(), loadCanonicalisationLibraries()]);
  let fallbacks = 0;
  const full: Canonize = (input, options) => cryptosuite.canonize(input, options);
  const counted: Canonize = (input, options) => {
    fallbacks += 1;
    return full(input, options);
  };
  return { full, templated: templatedCanonize(libraries, counted), fallbacks: () => fallbacks };
}

function credential(overrides: Parameters<typeof sampleInput>[0] = {}): Json {
  return buildOpenBadgeCredential(sampleInput(overrides));
}

/** Text JSON-LD must keep as it is: quotes, escapes, line breaks, IRI-like and keyword-like strings. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '"', '\\', '\n\r\t', '@id', '@type', '_:b0', 'ceasn:Competency', 'https://x.example/a b', 'urn:uuid:1', 'Certificate', 'Åsa Öberg-Lindström'),
);

/** IRIs, plain and not: compact IRIs, blank node ids and relative references must still be expanded by JSON-LD. */
const iri = fc.oneof(fc.webUrl(), fc.constantFrom(`${HOST}/credentials/ABC`, 'did:example:123', 'urn:uuid:0b6d2b3c', '_:b1', 'relative/path', 'ceasn:Competency', 'obi:x'));

describe('canonicalisation by template', () => {
  let c: Awaited<ReturnType<typeof canonicalisers>>;

  beforeAll(async () => {
    c = await canonicalisers();
  });

  it('gives the canonical form of the full path, and takes the template for the next credential of a cohort', async () => {
    const first = credential();
    expect(await c.templated(first, OPTIONS)).toBe(await c.full(first, OPTIONS));
    const before = c.fallbacks();
    const next = credential({ id: `${HOST}/credentials/Z9Z9-Q1Q1`, validFrom: '2026-02-01T08:30:00Z', status: { statusListCredential: `${HOST}/status/2`, statusListIndex: 99 } });
    const canonical = await c.templated(next, OPTIONS);
    expect(canonical).toBe(await c.full(next, OPTIONS));
    expect(canonical).toContain(`<${HOST}/credentials/Z9Z9-Q1Q1>`);
    expect(c.fallbacks()).toBe(before);
  });

  it('equals the full path for any text and any IRI in any string of the credential', async () => {
    const base = credential();
    const paths = stringPaths(base);
    const before = c.fallbacks();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(paths.length - 1), fc.oneof(text, iri)), { minLength: 1, maxLength: 4 }), async (changes) => {
        runs += 1;
        let document = base;
        for (const [at, value] of changes) document = withLeaf(document, paths[at] as string[], value);
        const expected = await c.full(document, OPTIONS).then((n) => ({ n }), (error: Error) => ({ error: error.message }));
        const actual = await c.templated(document, OPTIONS).then((n) => ({ n }), (error: Error) => ({ error: error.message }));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 150, seed: 20261203 },
    );
    // Structural edits (a changed type, a failing document) take the full path; the rest must take the template.
    expect(c.fallbacks() - before).toBeLessThan(runs * 0.6);
  });

  it('equals the full path when the structure changes: more outcomes, another language, no validity end', async () => {
    for (const document of [
      credential({ language: 'en' }),
      credential({ validUntil: undefined }),
      credential({ achievement: { ...sampleInput().achievement, learningOutcomes: [{ id: 'lo-9', text: 'En till' }] } }),
    ]) {
      expect(await c.templated(document, OPTIONS)).toBe(await c.full(document, OPTIONS));
    }
  });

  it('leaves other options to the full path', async () => {
    const document = credential();
    const before = c.fallbacks();
    await c.templated(document, { ...OPTIONS, safe: false });
    await c.templated(document, { ...OPTIONS, base: HOST });
    await c.templated(document, { ...OPTIONS, expandContext: {} });
    expect(c.fallbacks()).toBe(before + 3);
  });

  it('serves a loader wrapped anew for every call, as the signing library does', async () => {
    const document = credential({ id: `${HOST}/credentials/W1W1-W1W1` });
    await c.templated(credential(), { ...OPTIONS, documentLoader: (url: string) => documentLoader(url) });
    const before = c.fallbacks();
    const canonical = await c.templated(document, { ...OPTIONS, documentLoader: (url: string) => documentLoader(url) });
    expect(canonical).toBe(await c.full(document, OPTIONS));
    expect(c.fallbacks()).toBe(before);
  });

  it('fails as the full path fails, for a term no context defines', async () => {
    const document = { ...credential(), undefinedTerm: 'x' };
    await expect(c.full(document, OPTIONS)).rejects.toThrow();
    await expect(c.templated(document, OPTIONS)).rejects.toThrow();
  });
});

function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return path[0] === '@context' ? [] : [path];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, member]) => stringPaths(member, [...path, key]));
  return [];
}

function withLeaf(document: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(document);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1] as string] = value;
  return copy;
}
