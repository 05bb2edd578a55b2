import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { FontName, LoadedFonts } from './fonts';

type Doc = PDFKit.PDFDocument;

/** What this module uses of a parsed font (the engine pdfkit embeds with). */
interface ParsedGlyph {
  id: number;
  advanceWidth: number;
}

interface ParsedFont {
  layout(text: string): { glyphs: ParsedGlyph[] };
  hasGlyphForCodePoint(codePoint: number): boolean;
  createSubset(): { includeGlyph(glyph: number): number; encode(): Uint8Array };
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string;
  directory: { tables: Record<string, unknown> };
  head: { macStyle: { italic?: boolean } };
  post: { isFixedPitch?: number | boolean };
  'OS/2'?: { sFamilyClass?: number };
}

/** An indirect object of a pdfkit document (0.20). */
interface Ref {
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(): void;
}

/** A new indirect object holding `data`. */
const ref = (doc: Doc, data: Record<string, unknown>): Ref => doc.ref(data) as unknown as Ref;

/** pdfkit's per-document font object (0.20), as far as this module touches it. */
interface DocumentFont {
  font: unknown;
  document: Doc;
  dictionary?: Ref;
  subset: { includeGlyph(glyph: number): number };
  embed(): void;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

/** The document's current font object. */
export function currentFont(doc: Doc): DocumentFont {
  return (doc as unknown as { _font: DocumentFont })._font;
}

/**
 * Shaped words kept per font across documents; cleared when it grows past this.
 * The wording of a course repeats in every certificate and fits many times over;
 * names and codes do not repeat, and a shaped word holds a glyph run (about a
 * kilobyte), so a larger cache only holds memory a thousand certificates long.
 */
const LAYOUT_CACHE_LIMIT = 2_000;

/**
 * Makes a document's font take shaped words from `cache` and add to it, so
 * that words shaped for one certificate are not shaped again for the next.
 * The cache must belong to the same parsed font.
 */
export function shareLayouts(target: DocumentFont, cache: Map<string, unknown>): void {
  target.layoutCached = function (this: DocumentFont, text: string) {
    let run = cache.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      cache.set(text, run);
    }
    return run;
  };
}

const codePoints = (ranges: [number, number][]): number[] => ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));

/** Punctuation and symbols of running text beyond ASCII: dashes, quotes, bullet, ellipsis, per mille, primes, €, ™, minus. */
const PUNCTUATION = codePoints([
  [0x2010, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
]);

/**
 * The character sets of the prebuilt subsets, smallest first. A document
 * takes the first that covers all its text; text beyond the last is rare
 * and gets a subset of its own.
 */
const TIERS: number[][] = [
  // Swedish: ASCII, å ä ö, é, ü, no-break space, middle dot.
  [...codePoints([[0x20, 0x7e]]), ...[...'ÅÄÖåäöÉéÜü\u00a0·'].map((c) => c.codePointAt(0) as number), ...PUNCTUATION],
  // Latin-1 and Latin Extended-A: names from most European languages.
  [...codePoints([[0x20, 0x7e], [0xa0, 0x17f]]), ...PUNCTUATION],
];

/** Ligatures the text shaping forms from these characters. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl'];

/**
 * Font subsets built once per renderer and embedded as they are in every
 * document whose text they cover, so that no document subsets, encodes or
 * compresses a font. `extra` (the templates' own characters) is added to
 * every set, so that fixed wording never pushes a document to a larger set.
 */
export class PrebuiltSubsets {
  private readonly tiers: { characters: Set<number>; programs?: Record<FontName, FixedFontProgram> }[];

  constructor(
    private readonly fonts: LoadedFonts,
    extra: string,
  ) {
    const own = [...extra].map((c) => c.codePointAt(0) as number).filter((c) => c >= 0x20 && !(c >= 0x7f && c < 0xa0));
    this.tiers = TIERS.map((set) => ({ characters: new Set([...set, ...own]) }));
    // The first set serves nearly every certificate: build it now rather than during the first one.
    this.programs(this.tiers[0]);
  }

  /** The subsets for a document showing `texts`, or null when none covers them (or the fonts are not parsed once). */
  for(texts: string[]): Record<FontName, FixedFontProgram> | null {
    const tier = this.tiers.find(({ characters }) => texts.every((text) => covers(characters, text)));
    return tier ? this.programs(tier) : null;
  }

  private programs(tier: (typeof this.tiers)[number]): Record<FontName, FixedFontProgram> | null {
    if (tier.programs) return tier.programs;
    const regular = FixedFontProgram.build(this.fonts.regular, tier.characters);
    const bold = FixedFontProgram.build(this.fonts.bold, tier.characters);
    if (!regular || !bold) return null;
    return (tier.programs = { regular, bold });
  }
}

function covers(characters: Set<number>, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code > 0xffff) i++;
    // Line breaks never reach the page: the layout splits lines there.
    if (!characters.has(code) && code !== 0x0a && code !== 0x0d) return false;
  }
  return true;
}

/**
 * One font's subset for a fixed character set, encoded and compressed once.
 * CIDs are the glyphs' positions in this subset, so every document refers to
 * the same font program.
 */
export class FixedFontProgram {
  private constructor(
    /** Glyph id in the font → CID, for the glyphs text may show. */
    private readonly cids: Map<number, number>,
    /** Advance width per CID, in 1/1000 em. */
    private readonly widths: number[],
    /** The TrueType subset, deflated, and its length before. */
    private readonly program: Buffer,
    private readonly programLength: number,
    /** The ToUnicode CMap, deflated. */
    private readonly toUnicode: Buffer,
    private readonly baseFont: string,
    private readonly descriptor: Record<string, unknown>,
    readonly font: ParsedFont,
  ) {}

  /** Builds the program, or returns null for a font that is not a parsed, static TrueType font. */
  static build(font: unknown, characters: Iterable<number>): FixedFontProgram | null {
    if (!isParsedTrueType(font)) return null;
    const scale = 1000 / font.unitsPerEm;

    // Glyph → the text it stands for and its advance, as shaping gives them for single characters and ligatures.
    const shown = new Map<number, { text: string; advance: number }>();
    const add = (text: string) => {
      const { glyphs } = font.layout(text);
      const glyph = glyphs.length === 1 ? glyphs[0] : undefined;
      if (glyph && glyph.id !== 0 && !shown.has(glyph.id)) shown.set(glyph.id, { text, advance: glyph.advanceWidth });
    };
    for (const code of [...new Set(characters)].sort((a, b) => a - b)) {
      if (font.hasGlyphForCodePoint(code)) add(String.fromCodePoint(code));
    }
    LIGATURES.forEach(add);

    const subset = font.createSubset();
    const cids = new Map<number, number>();
    const widths: number[] = [];
    const unicode: [number, string][] = [];
    for (const [id, { text, advance }] of shown) {
      const cid = subset.includeGlyph(id);
      cids.set(id, cid);
      widths[cid] = pdfNumber(advance * scale);
      unicode.push([cid, text]);
    }
    // Composite glyphs add their components while the subset is encoded; text never shows those.
    const ttf = Buffer.from(subset.encode());

    const baseFont = `${tagOf(ttf)}+${font.postscriptName.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '_')}`;
    const { bbox } = font;
    const descriptor = {
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flagsOf(font),
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => pdfNumber(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: pdfNumber(font.ascent * scale),
      Descent: pdfNumber(font.descent * scale),
      CapHeight: pdfNumber((font.capHeight || font.ascent) * scale),
      XHeight: pdfNumber((font.xHeight || 0) * scale),
      StemV: 0,
    };
    const cmap = Buffer.from(toUnicodeCMap(unicode), 'latin1');
    return new FixedFontProgram(cids, widths, deflateSync(ttf, { level: 9 }), ttf.length, deflateSync(cmap, { level: 9 }), baseFont, descriptor, font);
  }

  /**
   * Makes a document's font (made from this program's font) show glyphs by
   * their CIDs in this program and embed the program. Returns a check that is
   * true once some text needed a glyph outside the program: that document is
   * wrong and must be made again with a subset of its own.
   */
  embedIn(target: DocumentFont): () => boolean {
    if (target.font !== this.font) throw new Error('font program: the document font is made from another font');
    const { cids } = this;
    const used = new Set<number>();
    let missed = false;
    target.subset = {
      includeGlyph(glyph: number): number {
        const cid = cids.get(glyph);
        if (cid === undefined) {
          missed = true;
          return 0;
        }
        used.add(cid);
        return cid;
      },
    };
    target.embed = () => this.embed(target, used);
    return () => missed;
  }

  private embed(target: DocumentFont, used: Set<number>): void {
    const doc = target.document;
    const fontFile = stream(doc, this.program, { Length1: this.programLength });
    const descriptor = ref(doc, { ...this.descriptor, FontFile2: fontFile });
    descriptor.end();
    const descendant = ref(doc, {
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: this.baseFont,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      // Widths of the glyphs this document shows, in runs of consecutive CIDs.
      W: widthRuns([...used].sort((a, b) => a - b), this.widths),
      CIDToGIDMap: 'Identity',
    });
    descendant.end();
    const dictionary = target.dictionary;
    if (!dictionary) throw new Error('font program: the font was embedded without being used');
    dictionary.data = {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: this.baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [descendant],
      ToUnicode: stream(doc, this.toUnicode),
    };
    dictionary.end();
  }
}

function isParsedTrueType(font: unknown): font is ParsedFont {
  const f = font as Partial<ParsedFont> | null;
  return (
    !!f &&
    typeof f.layout === 'function' &&
    typeof f.createSubset === 'function' &&
    typeof f.hasGlyphForCodePoint === 'function' &&
    typeof f.unitsPerEm === 'number' &&
    !!f.directory?.tables['glyf'] &&
    !f.directory.tables['CFF '] &&
    !f.directory.tables['fvar']
  );
}

/** `c [w1 w2 …]` for each run of consecutive CIDs. */
function widthRuns(cids: number[], widths: number[]): (number | number[])[] {
  const runs: (number | number[])[] = [];
  let run: number[] = [];
  let next = -1;
  for (const cid of cids) {
    if (cid !== next) runs.push(cid, (run = []));
    run.push(widths[cid]);
    next = cid + 1;
  }
  return runs;
}

/** Numbers as pdfkit writes them: at most six decimals. */
function pdfNumber(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Six capital letters naming the subset, from its bytes. */
function tagOf(bytes: Buffer): string {
  const digest = createHash('sha256').update(bytes).digest();
  return [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** The FontDescriptor flags (PDF 32000-1, 9.8.2): fixed pitch, serif, symbolic, script, italic. */
function flagsOf(font: ParsedFont): number {
  const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
  let flags = 1 << 2; // symbolic: glyphs are addressed by CID, not through a standard encoding
  if (font.post.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.head.macStyle.italic) flags |= 1 << 6;
  return flags;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * A ToUnicode CMap for 2-byte CIDs: each run of consecutive CIDs within one
 * block of 256 becomes a bfrange with an array of targets, at most 100 per section.
 */
function toUnicodeCMap(entries: [number, string][]): string {
  const utf16 = (text: string) =>
    [...text]
      .flatMap((c) => {
        const code = c.codePointAt(0) as number;
        if (code <= 0xffff) return [code];
        const v = code - 0x10000;
        return [0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)];
      })
      .map(hex4)
      .join('');
  const ranges: { first: number; last: number; targets: string[] }[] = [];
  for (const [cid, text] of [...entries].sort((a, b) => a[0] - b[0])) {
    const range = ranges.at(-1);
    if (range && range.last + 1 === cid && cid >> 8 === range.first >> 8) {
      range.last = cid;
      range.targets.push(`<${utf16(text)}>`);
    } else {
      ranges.push({ first: cid, last: cid, targets: [`<${utf16(text)}>`] });
    }
  }
  const sections: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const chunk = ranges.slice(i, i + 100);
    const lines = chunk.map((r) => `<${hex4(r.first)}> <${hex4(r.last)}> [${r.targets.join(' ')}]`);
    sections.push(`${chunk.length} beginbfrange\n${lines.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...sections,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A stream object holding bytes that are deflated already. */
function stream(doc: Doc, deflated: Buffer, entries: Record<string, unknown> = {}): Ref {
  // pdfkit compresses a stream only when no Filter is given up front; with one, it writes the bytes as they are.
  const object = ref(doc, { ...entries, Filter: 'FlateDecode' });
  object.write(deflated);
  object.end();
  return object;
}
