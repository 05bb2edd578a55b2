import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

type Doc = PDFKit.PDFDocument;

/** What this module uses of a parsed font (the engine pdfkit embeds with). */
interface ParsedGlyph {
  id: number;
  advanceWidth: number;
}

interface ParsedSubset {
  glyphs: number[];
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

export interface ParsedFont {
  layout(text: string): { glyphs: ParsedGlyph[] };
  hasGlyphForCodePoint(codePoint: number): boolean;
  createSubset(): ParsedSubset;
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

/** pdfkit's per-document font object, as far as this module touches it. */
interface DocumentFont {
  font: unknown;
  document: Doc;
  dictionary?: PDFKit.PDFReference;
  subset: { includeGlyph(glyph: number): number };
  embed(): void;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

/**
 * Characters a certificate is expected to use: ASCII, Latin-1 and Latin
 * Extended-A (Nordic, German, French, Polish, Czech, Turkish… names), and
 * typographic punctuation.
 */
const CHARACTER_RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
];

/** Ligatures the text shaping forms from those characters. */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl'];

/** Shaped runs of words kept per font, across documents; cleared when it grows past this. */
const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * A font subset covering a fixed character set, encoded and compressed once
 * and embedded as is in every document whose text it covers. The CIDs are
 * the glyphs' positions in this subset, so the content of every document
 * refers to the same font program.
 */
export class FixedFontProgram {
  private readonly layouts = new Map<string, unknown>();

  private constructor(
    readonly font: ParsedFont,
    /** Glyph id in the font → CID, for the glyphs text may show. */
    private readonly cids: Map<number, number>,
    /** The TrueType subset, deflated; its uncompressed length. */
    private readonly program: Buffer,
    private readonly programLength: number,
    /** The ToUnicode CMap, deflated. */
    private readonly toUnicode: Buffer,
    /** The CIDFont's W array. */
    private readonly widths: (number | number[])[],
    private readonly baseFont: string,
    private readonly descriptor: Record<string, unknown>,
  ) {}

  /** Builds the program, or returns null for a font that is not a parsed TrueType font. */
  static build(font: unknown): FixedFontProgram | null {
    if (!isParsedTrueType(font)) return null;
    const scale = 1000 / font.unitsPerEm;

    // Glyph → the text it stands for and its advance, as shaping gives them for single characters and ligatures.
    const shown = new Map<number, { text: string; advance: number }>();
    const add = (text: string) => {
      const { glyphs } = font.layout(text);
      const glyph = glyphs.length === 1 ? glyphs[0] : undefined;
      if (glyph && glyph.id !== 0 && !shown.has(glyph.id)) shown.set(glyph.id, { text, advance: glyph.advanceWidth });
    };
    for (const [first, last] of CHARACTER_RANGES) {
      for (let code = first; code <= last; code++) if (font.hasGlyphForCodePoint(code)) add(String.fromCodePoint(code));
    }
    LIGATURES.forEach(add);

    const subset = font.createSubset();
    const cids = new Map<number, number>();
    for (const id of shown.keys()) cids.set(id, subset.includeGlyph(id));
    const ttf = Buffer.from(subset.encode());
    // Composite glyphs add their components to the subset while it is encoded; text never shows those.

    const byCid = [...cids].sort((a, b) => a[1] - b[1]);
    const widths: (number | number[])[] = [];
    for (const [id, cid] of byCid) {
      const width = round((shown.get(id)?.advance ?? 0) * scale);
      const last = widths.at(-1);
      const lastStart = widths.at(-2);
      if (Array.isArray(last) && typeof lastStart === 'number' && lastStart + last.length === cid) last.push(width);
      else widths.push(cid, [width]);
    }

    const tag = tagOf(ttf);
    const baseFont = `${tag}+${font.postscriptName.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '_')}`;
    const { bbox } = font;
    const descriptor = {
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flagsOf(font),
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: round(font.ascent * scale),
      Descent: round(font.descent * scale),
      CapHeight: round((font.capHeight || font.ascent) * scale),
      XHeight: round((font.xHeight || 0) * scale),
      StemV: 0,
    };
    const cmap = toUnicodeCMap(byCid.map(([id, cid]) => [cid, shown.get(id)?.text ?? '']));
    return new FixedFontProgram(
      font,
      cids,
      deflateSync(ttf, { level: 9 }),
      ttf.length,
      deflateSync(Buffer.from(cmap, 'latin1'), { level: 9 }),
      widths,
      baseFont,
      descriptor,
    );
  }

  /**
   * Makes the document's current font (created from this program's font)
   * reuse shaped words across documents; with `embed`, also makes it show
   * glyphs by their CIDs in this program and embed the program.
   * Returns a check that is true when some glyph was outside the program;
   * the document is then wrong and must be made without `embed`.
   */
  attach(doc: Doc, embed: boolean): () => boolean {
    const target = (doc as unknown as { _font: DocumentFont })._font;
    if (target.font !== this.font) throw new Error('font program: the current font is another font');
    const layouts = this.layouts;
    target.layoutCached = function (this: DocumentFont, text: string) {
      let run = layouts.get(text);
      if (run === undefined) {
        run = this.layoutRun(text);
        if (layouts.size >= LAYOUT_CACHE_LIMIT) layouts.clear();
        layouts.set(text, run);
      }
      return run;
    };
    if (!embed) return () => false;

    let missed = false;
    const cids = this.cids;
    target.subset = {
      includeGlyph(glyph: number): number {
        const cid = cids.get(glyph);
        if (cid !== undefined) return cid;
        missed = true;
        return 0;
      },
    };
    target.embed = () => this.embed(target);
    return () => missed;
  }

  private embed(target: DocumentFont): void {
    const doc = target.document;
    const fontFile = stream(doc, this.program, { Length1: this.programLength });
    const descriptor = doc.ref({ ...this.descriptor, FontFile2: fontFile });
    descriptor.end();
    const descendant = doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: this.baseFont,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: this.widths,
      CIDToGIDMap: 'Identity',
    });
    descendant.end();
    const dictionary = target.dictionary as PDFKit.PDFReference & { data: Record<string, unknown> };
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

/** PDF numbers as pdfkit writes them: at most six decimals. */
function round(value: number): number {
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
  let flags = 1 << 2; // symbolic: the glyphs are addressed by CID, not by a standard encoding
  if (font.post.isFixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.head.macStyle.italic) flags |= 1 << 6;
  return flags;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/** A ToUnicode CMap for 2-byte CIDs, in bfchar blocks of at most 100 entries. */
function toUnicodeCMap(entries: [number, string][]): string {
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    const lines = chunk.map(([cid, text]) => {
      const utf16 = [...text].flatMap((c) => {
        const code = c.codePointAt(0) as number;
        if (code <= 0xffff) return [code];
        const v = code - 0x10000;
        return [0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)];
      });
      return `<${hex4(cid)}> <${utf16.map(hex4).join('')}>`;
    });
    blocks.push(`${chunk.length} beginbfchar\n${lines.join('\n')}\nendbfchar`);
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
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A stream object holding bytes that are already deflated. */
function stream(doc: Doc, deflated: Buffer, extra: Record<string, unknown> = {}): PDFKit.PDFReference {
  // A Filter given up front tells pdfkit the data is encoded already: it writes the bytes as they are.
  const ref = doc.ref({ ...extra, Filter: 'FlateDecode' });
  ref.write(deflated);
  ref.end();
  return ref;
}
