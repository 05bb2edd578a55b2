/**
 * A cheaper copy of JSON-LD active contexts, for signing and verifying.
 *
 * jsonld.js copies the whole active context (every term definition of every
 * context the credential names, deeply) each time it enters a node with a
 * type-scoped context, and the Open Badges context scopes one to nearly every
 * type. For one credential that is thousands of deep copies: most of the time
 * canonicalisation takes and most of the garbage it leaves.
 *
 * A term definition is built whole when its term is defined and never changed
 * afterwards (jsonld.js replaces a definition, it does not edit one), so the
 * copy of an active context can share the definitions: a new Map of the same
 * entries. Every other copy jsonld.js makes (of documents and frames, never
 * Maps) stays the library's own deep copy. The result is the same expansion,
 * hence the same canonical form and the same signatures; the known-key test
 * vector proves that byte for byte.
 *
 * Applied once per module instance, and only where jsonld.js copies an active
 * context the way this was checked against (jsonld.js 9): the copy must be
 * `util.clone(this.mappings)`. Otherwise jsonld.js stays as it is.
 */

type Clone = ((value: unknown) => unknown) & { deep?: (value: unknown) => unknown };

interface JsonLdUtil {
  clone: Clone;
  __sharedTermDefinitions?: true;
}

interface JsonLdContext {
  getInitialContext?: (options: Record<string, unknown>) => { clone?: () => unknown };
}

type Imported<T> = T & { default?: T };

type NativeImport = <T>(specifier: string) => Promise<T>;

/**
 * Shares term definitions between copies of an active context. Returns
 * whether they are now shared (false leaves jsonld.js as it is).
 */
export async function shareTermDefinitions(nativeImport: NativeImport): Promise<boolean> {
  const [utilModule, contextModule] = await Promise.all([
    nativeImport<Imported<JsonLdUtil>>('jsonld/lib/util.js'),
    nativeImport<Imported<JsonLdContext>>('jsonld/lib/context.js'),
  ]);
  const util = utilModule.default ?? utilModule;
  const context = contextModule.default ?? contextModule;
  if (util.__sharedTermDefinitions) return true;
  const copy = context.getInitialContext?.({}).clone;
  if (typeof util.clone !== 'function' || typeof copy !== 'function' || !/\butil\.clone\(this\.mappings\)/.test(copy.toString())) return false;
  const deepClone = util.clone;
  // Only an active context's term definitions are ever a Map here (documents are JSON). The
  // Map may come from another realm (a test sandbox), hence no `instanceof`.
  const clone: Clone = (value: unknown) => (isMap(value) ? new Map(value) : deepClone(value));
  clone.deep = deepClone;
  util.clone = clone;
  util.__sharedTermDefinitions = true;
  return true;
}

function isMap(value: unknown): value is Map<unknown, unknown> {
  return Object.prototype.toString.call(value) === '[object Map]';
}
