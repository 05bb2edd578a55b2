/**
 * Loading of the ESM-only credential libraries from CommonJS.
 *
 * The library is compiled to CommonJS (webpack for the API, ts-jest in tests),
 * where TypeScript would rewrite `import()` to `require()`, which cannot load
 * ES modules. A function built at runtime keeps a real dynamic `import()`.
 * Each module is loaded once and cached.
 *
 * The function's source carries a random marker: V8 reuses the compilation
 * of identical source text together with the module context it was first
 * compiled in, which breaks runners (Jest) that evaluate this file once per
 * sandbox.
 *
 * The packages ship no typings, so the minimal shapes used here are declared
 * locally.
 */
import { randomUUID } from 'node:crypto';
import type { CanonicalisationLibraries } from './canonical-templates';
import { shareTermDefinitions } from './jsonld-tuning';

const nativeImport = new Function('specifier', `return import(specifier); // ${randomUUID()}`) as <T>(
  specifier: string,
) => Promise<T>;

const cache = new Map<string, Promise<unknown>>();

function load<T>(specifier: string): Promise<T> {
  let loaded = cache.get(specifier) as Promise<T> | undefined;
  if (!loaded) {
    loaded = nativeImport<T>(specifier);
    cache.set(specifier, loaded);
    // A failed import must not be cached forever.
    loaded.catch(() => cache.delete(specifier));
  }
  return loaded;
}

/** A JSON-LD document loader as jsonld.js expects it. */
export type JsonLdDocumentLoader = (
  url: string,
) => Promise<{ document: unknown; documentUrl: string; contextUrl: null }>;

export interface Signer {
  id?: string;
  algorithm: string;
  sign(input: { data: Uint8Array }): Promise<Uint8Array>;
}

export interface MultikeyPair {
  id?: string;
  controller?: string;
  publicKeyMultibase: string;
  secretKeyMultibase?: string;
  signer(): Signer;
  export(options: {
    publicKey?: boolean;
    secretKey?: boolean;
    includeContext?: boolean;
  }): Promise<Record<string, unknown>>;
}

export interface Ed25519MultikeyModule {
  generate(options: { id?: string; controller?: string; seed?: Uint8Array }): Promise<MultikeyPair>;
  from(key: Record<string, unknown>): Promise<MultikeyPair>;
}

export interface Cryptosuite {
  name: string;
}

export interface EddsaRdfc2022Module {
  cryptosuite: Cryptosuite & { canonize: (input: unknown, options: Record<string, unknown>) => Promise<string> };
}

export interface DataIntegrityModule {
  DataIntegrityProof: new (options: {
    signer?: Signer;
    date?: string | Date | null;
    cryptosuite: Cryptosuite;
  }) => object;
}

export interface VcVerifyResult {
  verified: boolean;
  error?: unknown;
}

export interface VcModule {
  issue(options: {
    credential: Record<string, unknown>;
    suite: object;
    documentLoader: JsonLdDocumentLoader;
  }): Promise<Record<string, unknown>>;
  verifyCredential(options: {
    credential: unknown;
    suite: object | object[];
    documentLoader: JsonLdDocumentLoader;
    controller?: Record<string, unknown>;
    maxClockSkew?: number;
    checkStatus?: () => Promise<{ verified: boolean }>;
  }): Promise<VcVerifyResult>;
}

export interface BitstringStatusListInstance {
  length: number;
  setStatus(index: number, status: boolean): void;
  getStatus(index: number): boolean;
  encode(): Promise<string>;
}

export interface BitstringStatusListModule {
  BitstringStatusList: {
    new (options: { length?: number; buffer?: Uint8Array }): BitstringStatusListInstance;
    decode(options: { encodedList: string }): Promise<BitstringStatusListInstance>;
  };
}

/** A CommonJS module seen through `import()` has its exports as `default` too. */
type Imported<T> = T & { default?: T };

/** A context package: either an ES module or a CommonJS module seen through `import()`. */
interface ContextPackage {
  contexts?: Map<string, unknown>;
  default?: { contexts?: Map<string, unknown> };
}

let tuned: Promise<boolean> | undefined;

/** A library that canonicalises through jsonld.js, with jsonld.js copying active contexts cheaply (see jsonld-tuning). */
async function loadCanonicalising<T>(specifier: string): Promise<T> {
  const loaded = await load<T>(specifier);
  tuned ??= shareTermDefinitions(load).catch(() => false);
  await tuned;
  return loaded;
}

/** Whether jsonld.js copies active contexts the cheap way (after the first canonicalising load). */
export const termDefinitionsShared = async (): Promise<boolean> => (await tuned) ?? false;

export const loadEd25519Multikey = () => load<Ed25519MultikeyModule>('@digitalbazaar/ed25519-multikey');
export const loadEddsaRdfc2022 = () =>
  loadCanonicalising<EddsaRdfc2022Module>('@digitalbazaar/eddsa-rdfc-2022-cryptosuite');
export const loadDataIntegrity = () => loadCanonicalising<DataIntegrityModule>('@digitalbazaar/data-integrity');
export const loadVc = () => loadCanonicalising<VcModule>('@digitalbazaar/vc');
/** jsonld.js's `toRDF` and rdf-canonize's `canonize`: the same instances the cryptosuite canonicalises with. */
export async function loadCanonicalisationLibraries(): Promise<CanonicalisationLibraries> {
  const [jsonldModule, rdfCanonizeModule] = await Promise.all([
    loadCanonicalising<Imported<Pick<CanonicalisationLibraries, 'toRDF'>>>('jsonld'),
    load<Imported<Pick<CanonicalisationLibraries, 'canonize'>>>('rdf-canonize'),
  ]);
  const jsonld = jsonldModule.default ?? jsonldModule;
  const rdfCanonize = rdfCanonizeModule.default ?? rdfCanonizeModule;
  return { toRDF: (input, options) => jsonld.toRDF(input, options), canonize: (dataset, options) => rdfCanonize.canonize(dataset, options) };
}
export const loadBitstringStatusList = () =>
  load<BitstringStatusListModule>('@digitalbazaar/vc-bitstring-status-list');

/** The `contexts` map (URL to document) that a context package exports. */
export async function loadContextMap(specifier: string): Promise<Map<string, unknown>> {
  const pkg = await load<ContextPackage>(specifier);
  const contexts = pkg.contexts ?? pkg.default?.contexts;
  if (!(contexts instanceof Map)) {
    throw new Error(`${specifier} does not export a contexts map`);
  }
  return contexts;
}
