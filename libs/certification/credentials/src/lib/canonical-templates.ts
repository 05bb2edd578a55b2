/**
 * Canonicalisation by template, for signing many credentials of one shape.
 *
 * eddsa-rdfc-2022 canonicalises a credential by expanding it with JSON-LD
 * (all its contexts, type-scoped ones for nearly every node), turning it into
 * RDF and canonicalising that dataset. The expansion is nine tenths of the
 * time and most of the garbage, and for a cohort it is the same every time:
 * where a string value lands in the dataset (an IRI, a literal, or nowhere)
 * depends on the context and the document's structure, never on the text of
 * the string, except that an IRI position keeps only an absolute IRI as it is.
 *
 * So a document is expanded once with every string replaced by a unique slot
 * (an absolute IRI that lands unchanged wherever it goes), and the dataset is
 * kept as a template. The next document of the same structure has its strings
 * put into the slots, and only the canonicalisation of the dataset is done.
 * A string that lands in an IRI position and is not a plain absolute IRI (a
 * compact IRI, a term, a blank node id) is kept in the structure instead, so
 * it is expanded by JSON-LD like everything else.
 *
 * Anything the template cannot vouch for goes the library's own way: other
 * options, a structure whose slots do not all land whole in the dataset, or an
 * expansion that fails. A template holds what the contexts said when it was
 * made, so a canonicaliser serves callers that all load the same documents
 * (the signing library wraps the loader anew for every call, so the loader
 * itself cannot tell). Verification always goes the library's own way, so
 * every signature made here is checked by the full path (the API's tests
 * verify every credential they issue).
 */
import { randomUUID } from 'node:crypto';

export type Canonize = (input: unknown, options: Record<string, unknown>) => Promise<string>;

interface Term {
  termType: string;
  value: string;
  datatype?: Term;
  language?: string;
  direction?: string;
}

interface Quad {
  subject: Term;
  predicate: Term;
  object: Term;
  graph: Term;
}

export interface CanonicalisationLibraries {
  toRDF(input: unknown, options: Record<string, unknown>): Promise<Quad[]>;
  canonize(dataset: Quad[], options: Record<string, unknown>): Promise<string>;
}

type Position = 'subject' | 'object' | 'graph';

interface Slot {
  quad: number;
  position: Position;
  /** Which string of the document goes here. */
  value: number;
}

interface Template {
  quads: Quad[];
  slots: Slot[];
  /** Strings that land in an IRI position: they must be plain absolute IRIs. */
  iris: Set<number>;
}

/** What the structure of a document is, and its strings in walk order. */
interface Tokenised {
  structure: unknown;
  strings: string[];
}

const POSITIONS: Position[] = ['subject', 'object', 'graph'];
const TEMPLATE_LIMIT = 32;

/**
 * An absolute IRI that JSON-LD keeps exactly as written in every IRI position:
 * a scheme and `//` (never read as a compact IRI), then only characters that
 * an IRI may hold unescaped.
 */
const PLAIN_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

/** Keys whose values are JSON-LD structure, not data. */
function isStructural(key: string): boolean {
  return key === '@context' || key === 'type' || (key.startsWith('@') && key !== '@id' && key !== '@value');
}

/**
 * A canonicaliser with the same answers as `fallback` (the cryptosuite's own),
 * faster for documents whose structure it has seen, for callers that all load
 * the same documents.
 */
export function templatedCanonize(libraries: CanonicalisationLibraries, fallback: Canonize): Canonize {
  const slotPrefix = `https://slot.invalid/${randomUUID()}/`;
  const templates = new Map<string, Promise<Template | null>>();

  const tokenise = (document: unknown, kept: ReadonlySet<number>): Tokenised => {
    const strings: string[] = [];
    const walk = (value: unknown): unknown => {
      if (typeof value === 'string') {
        const index = strings.push(value) - 1;
        return kept.has(index) ? value : `${slotPrefix}${index}`;
      }
      if (Array.isArray(value)) return value.map(walk);
      if (value !== null && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, member] of Object.entries(value)) out[key] = isStructural(key) ? member : walk(member);
        return out;
      }
      return value;
    };
    return { structure: walk(document), strings };
  };

  const build = async (structure: unknown, options: Record<string, unknown>): Promise<Template | null> => {
    let quads: Quad[];
    try {
      quads = await libraries.toRDF(structure, { rdfDirection: 'i18n-datatype', ...options, produceGeneralizedRdf: false });
    } catch {
      return null; // the library's own way will say why
    }
    const slots: Slot[] = [];
    const iris = new Set<number>();
    for (const [index, quad] of quads.entries()) {
      if (quad.predicate.value.includes(slotPrefix)) return null;
      for (const position of POSITIONS) {
        const term = quad[position];
        const { datatype, language = '', direction = '' } = term;
        if (datatype?.value.includes(slotPrefix) || language.includes(slotPrefix) || direction.includes(slotPrefix)) return null;
        if (!term.value.includes(slotPrefix)) continue;
        const value = Number(term.value.slice(slotPrefix.length));
        // A slot must land whole: a prefixed, joined or re-encoded one means the text mattered.
        if (term.value !== `${slotPrefix}${value}` || !Number.isInteger(value)) return null;
        if (term.termType === 'NamedNode') iris.add(value);
        else if (term.termType !== 'Literal') return null;
        slots.push({ quad: index, position, value });
      }
    }
    return { quads, slots, iris };
  };

  const template = (tokenised: Tokenised, options: Record<string, unknown>): Promise<Template | null> => {
    const key = JSON.stringify(tokenised.structure);
    let found = templates.get(key);
    if (!found) {
      if (templates.size >= TEMPLATE_LIMIT) templates.clear();
      found = build(tokenised.structure, options);
      templates.set(key, found);
    }
    return found;
  };

  const fill = ({ quads, slots }: Template, strings: string[]): Quad[] => {
    const filled = quads.map((quad) => ({ ...quad }));
    for (const { quad, position, value } of slots) {
      const target = filled[quad] as Quad;
      target[position] = { ...target[position], value: strings[value] as string };
    }
    return filled;
  };

  return async (input, options) => {
    const { documentLoader, base, safe, skipExpansion, ...rest } = options;
    const usable = base === null && safe === true && !skipExpansion && Object.keys(rest).length === 0 && input !== null && typeof input === 'object';
    if (!usable) return fallback(input, options);
    const expansion = { documentLoader, base: null, safe: true };

    const first = tokenise(input, new Set());
    let chosen = await template(first, expansion);
    if (!chosen) return fallback(input, options);
    const notPlain = [...chosen.iris].filter((index) => !PLAIN_IRI.test(first.strings[index] as string));
    if (notPlain.length > 0) {
      // Those strings are expanded by JSON-LD: they are part of the structure of a second template.
      const second = tokenise(input, new Set(notPlain));
      chosen = await template(second, expansion);
      if (!chosen || [...chosen.iris].some((index) => !PLAIN_IRI.test(second.strings[index] as string))) return fallback(input, options);
    }
    return libraries.canonize(fill(chosen, first.strings), { algorithm: 'RDFC-1.0', format: 'application/n-quads', ...expansion });
  };
}
