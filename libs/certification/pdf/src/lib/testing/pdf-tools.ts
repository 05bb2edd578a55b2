/**
 * Helpers for tests: read a PDF the way a viewer does (pdf.js), look into page
 * content, and edit a PDF the way a person with a text editor would.
 */
import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { dictOf, nameOf, parsePdf, PdfDict, PdfFile, PdfObject } from '../pdf-reader';

/*
 * pdf.js is ESM-only and this file is compiled to CommonJS, where TypeScript
 * would turn `import()` into `require()`. A function built at runtime keeps a
 * real dynamic import; its random marker stops V8 from reusing a compilation
 * bound to an earlier Jest sandbox. Only the few shapes used here are declared.
 */
const nativeImport = new Function('specifier', `return import(specifier); // ${randomUUID()}`) as <T>(specifier: string) => Promise<T>;

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  width: number;
  height: number;
}

interface PdfjsDocument {
  numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: (TextItem | { type: string })[] }> }>;
  getMetadata(): Promise<{ info: Record<string, unknown> }>;
  getMarkInfo(): Promise<Map<string, boolean> | null>;
  getAttachments(): Promise<Map<string, { filename: string }> | null>;
  getAttachmentContent(id: string): Promise<Uint8Array | null>;
}

interface Pdfjs {
  getDocument(source: { data: Uint8Array; verbosity: number }): {
    promise: Promise<PdfjsDocument>;
    destroy(): Promise<void>;
  };
  PDFDateString: { toDateObject(raw: string): Date | null };
}

let pdfjs: Promise<Pdfjs> | undefined;

/** Opens the PDF with pdf.js, runs `fn` on it, and releases it. */
export async function withPdfDocument<T>(pdf: Buffer, fn: (doc: PdfjsDocument, lib: Pdfjs) => Promise<T>): Promise<T> {
  const lib = await (pdfjs ??= nativeImport<Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs'));
  // pdf.js takes ownership of (detaches) the array it is given: hand it a copy.
  const task = lib.getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    return await fn(await task.promise, lib);
  } finally {
    await task.destroy();
  }
}

/** What `pdfinfo` reports, from the document's Info dictionary, catalog and page tree. */
export interface PdfInfo {
  version: string;
  pages: number;
  title?: string;
  author?: string;
  /** The catalog's MarkInfo says the document is tagged. */
  tagged: boolean;
  /** The creation date as an ISO timestamp (UTC). */
  creationDate?: string;
}

export function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  return withPdfDocument(pdf, async (doc, lib) => {
    const { info } = await doc.getMetadata();
    const created = typeof info['CreationDate'] === 'string' ? lib.PDFDateString.toDateObject(info['CreationDate']) : null;
    return {
      version: String(info['PDFFormatVersion']),
      pages: doc.numPages,
      title: info['Title'] as string | undefined,
      author: info['Author'] as string | undefined,
      tagged: (await doc.getMarkInfo())?.get('Marked') === true,
      creationDate: created?.toISOString(),
    };
  });
}

const isTextItem = (item: TextItem | { type: string }): item is TextItem => 'str' in item;

/**
 * The text of every page. Without `layout`, in the order the content stream shows
 * it, one line per text line; with `layout`, line by line from top to bottom with
 * the horizontal gaps kept as runs of spaces, so a table row stays on one line.
 */
export function pdfText(pdf: Buffer, layout = false): Promise<string> {
  return withPdfDocument(pdf, async (doc) => {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const items = (await (await doc.getPage(number)).getTextContent()).items.filter(isTextItem);
      pages.push(layout ? layoutText(items) : items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('') + '\n');
    }
    return pages.join('\f');
  });
}

function layoutText(items: TextItem[]): string {
  const lines: { y: number; size: number; items: TextItem[] }[] = [];
  for (const item of items.filter((i) => i.str.trim() !== '')) {
    const [size, , , , , y] = item.transform;
    const line = lines.find((l) => Math.abs(l.y - y) < Math.min(l.size, size) / 2);
    if (line) line.items.push(item);
    else lines.push({ y, size, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const sorted = line.items.sort((a, b) => a.transform[4] - b.transform[4]);
      let text = '';
      let end = sorted[0].transform[4];
      for (const item of sorted) {
        const gap = item.transform[4] - end;
        // Roughly one space per half an em of gap, as a monospaced rendering would show it.
        if (text && gap > item.transform[0] * 0.1) text += ' '.repeat(Math.max(1, Math.round(gap / (item.transform[0] * 0.5))));
        text += item.str;
        end = item.transform[4] + item.width;
      }
      return text + '\n';
    })
    .join('');
}

/** The embedded files of the document's EmbeddedFiles name tree, in its order. */
export function attachments(pdf: Buffer): Promise<{ name: string; content: Buffer }[]> {
  return withPdfDocument(pdf, async (doc) => {
    const found: { name: string; content: Buffer }[] = [];
    for (const [id, attachment] of (await doc.getAttachments()) ?? []) {
      const content = await doc.getAttachmentContent(id);
      if (!content) throw new Error(`attachment ${attachment.filename} has no content`);
      found.push({ name: attachment.filename, content: Buffer.from(content) });
    }
    return found;
  });
}

/** The bytes of attachment number `index` (1-based). */
export async function detach(pdf: Buffer, index = 1): Promise<Buffer> {
  const all = await attachments(pdf);
  if (!all[index - 1]) throw new Error(`no attachment ${index}: the PDF has ${all.length}`);
  return all[index - 1].content;
}

function pageObject(file: PdfFile): PdfObject {
  const page = [...file.objects.values()].find((o) => nameOf(dictOf(o.value)?.get('Type')) === 'Page');
  if (!page) throw new Error('no page');
  return page;
}

function contentObject(file: PdfFile): PdfObject {
  const contents = dictOf(pageObject(file).value)?.get('Contents');
  const object = file.objectFor(contents);
  if (!object) throw new Error('page contents is not a single stream');
  return object;
}

/** The page's content stream, decoded, as Latin-1 text. */
export function pageContent(pdf: Buffer): string {
  const file = parsePdf(pdf);
  const data = file.streamData(contentObject(file));
  if (!data) throw new Error('unreadable content stream');
  return data.toString('latin1');
}

/** Per font resource name, the glyph code → text map from its ToUnicode CMap. */
function glyphMaps(file: PdfFile): Map<string, Map<string, string>> {
  const resources = dictOf(file.resolve(dictOf(pageObject(file).value)?.get('Resources')));
  const fonts = dictOf(file.resolve(resources?.get('Font'))) ?? new Map();
  const maps = new Map<string, Map<string, string>>();
  for (const [resource, ref] of fonts) {
    const toUnicode = file.objectFor(dictOf(file.resolve(ref))?.get('ToUnicode'));
    const cmap = toUnicode && file.streamData(toUnicode)?.toString('latin1');
    if (!cmap) continue;
    const map = new Map<string, string>();
    for (const range of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const start = parseInt(range[1], 16);
      [...range[3].matchAll(/<([^>]*)>/g)].forEach((entry, i) => {
        const code = (start + i).toString(16).padStart(4, '0');
        const utf16 = Buffer.from(entry[1].replace(/\s/g, ''), 'hex');
        map.set(code, Buffer.from(utf16).swap16().toString('utf16le'));
      });
    }
    maps.set(resource, map);
  }
  return maps;
}

/** The page's TJ operators (the only text operator pdfkit writes): decoded text and where each glyph code sits. */
function shownTexts(content: string, maps: Map<string, Map<string, string>>) {
  const shown: { text: string; font: string; glyphs: { at: number; code: string }[] }[] = [];
  let font = '';
  for (const op of content.matchAll(/\/([A-Za-z0-9]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ/g)) {
    if (op[1]) {
      font = op[1];
      continue;
    }
    const map = maps.get(font) ?? new Map<string, string>();
    const arrayStart = (op.index ?? 0) + 1;
    const glyphs: { at: number; code: string }[] = [];
    for (const hex of op[2].matchAll(/<([0-9a-fA-F]*)>/g)) {
      const hexStart = arrayStart + (hex.index ?? 0) + 1;
      for (let i = 0; i + 4 <= hex[1].length; i += 4) glyphs.push({ at: hexStart + i, code: hex[1].slice(i, i + 4).toLowerCase() });
    }
    shown.push({ text: glyphs.map((g) => map.get(g.code) ?? '\ufffd').join(''), font, glyphs });
  }
  return shown;
}

/** All text the page shows, decoded through the fonts' ToUnicode maps. */
export function shownText(pdf: Buffer): string[] {
  const file = parsePdf(pdf);
  return shownTexts(pageContent(pdf), glyphMaps(file)).map((s) => s.text);
}

/**
 * Changes the first `from` character in the first shown text containing `within`
 * to `to` (which must be in the same font's subset), and writes the page's content
 * stream back uncompressed, as a hand edit would: later objects move and the
 * cross-reference table no longer matches.
 */
export function editShownText(pdf: Buffer, within: string, from: string, to: string): Buffer {
  const file = parsePdf(pdf);
  const maps = glyphMaps(file);
  const content = pageContent(pdf);
  const target = shownTexts(content, maps).find((s) => s.text.includes(within));
  if (!target) throw new Error(`no shown text contains "${within}"`);
  const map = maps.get(target.font) as Map<string, string>;
  const toCode = [...map].find(([, text]) => text === to)?.[0];
  if (!toCode) throw new Error(`"${to}" is not in the subset of font ${target.font}`);
  // Walk glyph by glyph: a glyph may stand for more than one character (a ligature).
  const withinAt = target.text.indexOf(within);
  let offset = 0;
  const glyph = target.glyphs.find((g) => {
    const text = map.get(g.code) ?? '';
    const hit = offset >= withinAt && text === from;
    offset += text.length;
    return hit;
  });
  if (!glyph) throw new Error(`"${from}" not found as a glyph of "${within}"`);
  const edited = content.slice(0, glyph.at) + toCode + content.slice(glyph.at + 4);
  return replaceStream(pdf, contentObject(file), Buffer.from(edited, 'latin1'));
}

/** Replaces one stream object in place with an uncompressed one of new length. */
export function replaceStream(pdf: Buffer, object: PdfObject, data: Buffer): Buffer {
  const src = pdf.toString('latin1');
  const end = src.indexOf('endobj', object.stream?.end ?? object.offset) + 'endobj'.length;
  const head = Buffer.from(`${object.num} ${object.gen} obj\n<<\n/Length ${data.length}\n>>\nstream\n`, 'latin1');
  return Buffer.concat([pdf.subarray(0, object.offset), head, data, Buffer.from('\nendstream\nendobj', 'latin1'), pdf.subarray(end)]);
}

/**
 * Appends an incremental update that redefines the given objects (raw PDF
 * syntax for the value, optional stream data), with its own cross-reference
 * section pointing back at the previous one.
 */
export function appendUpdate(pdf: Buffer, objects: { num: number; value: string; stream?: Buffer }[]): Buffer {
  const src = pdf.toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(src)?.[1] ?? 0);
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(src.slice(src.lastIndexOf('trailer')))?.[1] ?? '<<>>';
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? 0);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const info = /\/Info\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const parts: Buffer[] = [pdf, Buffer.from('\n')];
  let offset = pdf.length + 1;
  const offsets: { num: number; offset: number }[] = [];
  for (const object of objects) {
    offsets.push({ num: object.num, offset });
    const text = object.stream
      ? [Buffer.from(`${object.num} 0 obj\n${object.value}\nstream\n`, 'latin1'), object.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]
      : [Buffer.from(`${object.num} 0 obj\n${object.value}\nendobj\n`, 'latin1')];
    for (const part of text) {
      parts.push(part);
      offset += part.length;
    }
  }
  const xref = ['xref', ...offsets.flatMap((o) => [`${o.num} 1`, `${String(o.offset).padStart(10, '0')} 00000 n `])];
  const newSize = Math.max(size, ...objects.map((o) => o.num + 1));
  const tail = `${xref.join('\n')}\ntrailer\n<<\n/Size ${newSize}\n/Root ${root}\n${info ? `/Info ${info}\n` : ''}/Prev ${prev}\n>>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

/** The rectangles drawn inside the page's Figure (the QR code), as [x, y, w, h]. */
export function figureRects(pdf: Buffer): number[][] {
  const content = pageContent(pdf);
  const start = content.search(/\/Figure\s*<<[^>]*>>\s*BDC/);
  if (start < 0) throw new Error('no Figure in the page content');
  const end = content.indexOf('EMC', start);
  return [...content.slice(start, end).matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re/g)].map((m) => m.slice(1, 5).map(Number));
}

export function findObject(file: PdfFile, predicate: (dict: PdfDict, object: PdfObject) => boolean): PdfObject | undefined {
  return [...file.objects.values()].find((o) => {
    const dict = dictOf(o.value);
    return dict ? predicate(dict, o) : false;
  });
}

/** A real PNG of `width` × `height` pixels in one colour (8-bit RGB, not interlaced), for logo uploads in tests. */
export function samplePng(width: number, height: number, rgb: [number, number, number] = [0x2e, 0x6b, 0x5e]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
