/**
 * Helpers for tests: run the poppler tools on a PDF, look into page content,
 * and edit a PDF the way a person with a text editor would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictOf, nameOf, parsePdf, PdfDict, PdfFile, PdfObject } from '../pdf-reader';

/** Writes the PDF to a temporary folder, runs `fn` with its path, and cleans up. */
export function withPdfFile<T>(pdf: Buffer, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-pdf-'));
  try {
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdfdetach', args: string[], pdf: Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync(tool, [...args.map((a) => (a === '{}' ? file : a))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** The page text by pdftotext; with `layout`, table rows stay on one line. */
export function pdfText(pdf: Buffer, layout = false): string {
  return poppler('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), '{}', '-'], pdf);
}

/** Saves attachment number `index` (1-based) with pdfdetach and returns its bytes. */
export function detach(pdf: Buffer, index = 1): Buffer {
  return withPdfFile(pdf, (file, dir) => {
    const out = join(dir, 'attachment.out');
    execFileSync('pdfdetach', ['-save', String(index), '-o', out, file], { stdio: 'ignore' });
    return readFileSync(out);
  });
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
