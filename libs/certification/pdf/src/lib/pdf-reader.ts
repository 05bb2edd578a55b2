import { constants, inflateSync } from 'node:zlib';

/**
 * A tolerant reader for the few PDF objects needed to find embedded files.
 *
 * It does not trust the cross-reference table: it scans the whole file for
 * `n g obj` headers, so a file edited by hand (shifted offsets, wrong stream
 * lengths) or with incremental updates appended still reads. The last
 * definition of an object number in the file wins, as in an incremental update.
 * Objects inside object streams are read too. Encrypted files are not supported.
 */

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(readonly bytes: Buffer) {}

  /** Decodes a PDF text string: UTF-16BE or UTF-8 with a byte order mark, else PDFDocEncoding (read as Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16be(b.subarray(2));
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
    return b.toString('latin1');
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfValue[];

export interface PdfObject {
  num: number;
  gen: number;
  /** Byte offset of the definition (of the object stream, for objects inside one). */
  offset: number;
  value: PdfValue;
  /** Byte range of the raw stream data, for stream objects. */
  stream?: { start: number; end: number };
}

function utf16be(bytes: Buffer): string {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return copy.swap16().toString('utf16le');
}

class ParseError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/** Parses one PDF value from a Latin-1 view of the bytes. */
class ValueParser {
  constructor(
    private readonly src: string,
    public pos: number,
  ) {}

  private code(at = this.pos): number {
    return this.src.charCodeAt(at);
  }

  skipSpace(): void {
    for (;;) {
      while (this.pos < this.src.length && WHITESPACE.has(this.code())) this.pos++;
      if (this.src[this.pos] !== '%') return;
      while (this.pos < this.src.length && this.src[this.pos] !== '\n' && this.src[this.pos] !== '\r') this.pos++;
    }
  }

  /** Reads a run of regular characters (a keyword or number). */
  private token(): string {
    const start = this.pos;
    while (this.pos < this.src.length && !WHITESPACE.has(this.code()) && !DELIMITERS.has(this.code())) this.pos++;
    return this.src.slice(start, this.pos);
  }

  peekKeyword(): string {
    const save = this.pos;
    this.skipSpace();
    const word = this.token();
    this.pos = save;
    return word;
  }

  value(depth = 0): PdfValue {
    if (depth > 64) throw new ParseError('nested too deeply');
    this.skipSpace();
    if (this.pos >= this.src.length) throw new ParseError('unexpected end');
    const c = this.src[this.pos];
    if (c === '<' && this.src[this.pos + 1] === '<') return this.dict(depth);
    if (c === '<') return this.hexString();
    if (c === '(') return this.literalString();
    if (c === '[') return this.array(depth);
    if (c === '/') return this.name();
    const word = this.token();
    if (!word) throw new ParseError(`unexpected "${c}"`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new ParseError(`unexpected keyword "${word}"`);
    const number = Number(word);
    if (/^\d+$/.test(word)) {
      // "num gen R" is a reference.
      const save = this.pos;
      this.skipSpace();
      const gen = this.token();
      this.skipSpace();
      if (/^\d+$/.test(gen) && this.src[this.pos] === 'R' && this.isBoundary(this.pos + 1)) {
        this.pos++;
        return new PdfRef(number, Number(gen));
      }
      this.pos = save;
    }
    return number;
  }

  private isBoundary(at: number): boolean {
    return at >= this.src.length || WHITESPACE.has(this.code(at)) || DELIMITERS.has(this.code(at));
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith('>>', this.pos)) {
        this.pos += 2;
        return dict;
      }
      const key = this.value(depth + 1);
      if (!(key instanceof PdfName)) throw new ParseError('dictionary key is not a name');
      dict.set(key.name, this.value(depth + 1));
    }
  }

  private array(depth: number): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.src[this.pos] === ']') {
        this.pos++;
        return items;
      }
      items.push(this.value(depth + 1));
    }
  }

  private name(): PdfName {
    this.pos++;
    const raw = this.token();
    return new PdfName(raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }

  private hexString(): PdfString {
    const end = this.src.indexOf('>', this.pos);
    if (end < 0) throw new ParseError('unterminated hex string');
    let hex = this.src.slice(this.pos + 1, end).replace(/[^0-9a-fA-F]/g, '');
    if (hex.length % 2) hex += '0';
    this.pos = end + 1;
    return new PdfString(Buffer.from(hex, 'hex'));
  }

  private literalString(): PdfString {
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos++];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth-- === 0) return new PdfString(Buffer.from(out));
      } else if (c === '\\') {
        const next = this.src[this.pos++];
        const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
        if (next in simple) out.push(simple[next]);
        else if (next === '\r') {
          if (this.src[this.pos] === '\n') this.pos++;
        } else if (next === '\n') {
          // Line continuation.
        } else if (/[0-7]/.test(next)) {
          let octal = next;
          while (octal.length < 3 && /[0-7]/.test(this.src[this.pos] ?? '')) octal += this.src[this.pos++];
          out.push(parseInt(octal, 8) & 0xff);
        } else if (next !== undefined) out.push(next.charCodeAt(0));
        continue;
      }
      out.push(c.charCodeAt(0) & 0xff);
    }
    throw new ParseError('unterminated string');
  }
}

const OBJECT_HEADER = /(?<![0-9])(\d+)[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+obj(?![A-Za-z])/g;

export function dictOf(value: PdfValue | undefined): PdfDict | undefined {
  return value instanceof Map ? value : undefined;
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

/** The objects of one PDF file, read without the cross-reference table. */
export class PdfFile {
  readonly objects = new Map<number, PdfObject>();
  private readonly src: string;

  constructor(readonly bytes: Buffer) {
    this.src = bytes.toString('latin1');
    this.scan();
    this.readObjectStreams();
  }

  /** Follows a reference to the current definition; other values are returned as they are. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    for (let hops = 0; value instanceof PdfRef && hops < 32; hops++) value = this.objects.get(value.num)?.value;
    return value instanceof PdfRef ? undefined : value;
  }

  objectFor(value: PdfValue | undefined): PdfObject | undefined {
    return value instanceof PdfRef ? this.objects.get(value.num) : undefined;
  }

  /** The decoded data of a stream object; null when its filters are not supported or the data is corrupt. */
  streamData(object: PdfObject): Buffer | null {
    const dict = dictOf(object.value);
    if (!object.stream || !dict) return null;
    let data: Buffer = this.bytes.subarray(object.stream.start, object.stream.end);
    const filter = this.resolve(dict.get('Filter'));
    const filters = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((f) => nameOf(this.resolve(f)));
    const parms = this.resolve(dict.get('DecodeParms'));
    const parmList = Array.isArray(parms) ? parms : [parms];
    try {
      for (let i = 0; i < filters.length; i++) {
        const parm = dictOf(this.resolve(parmList[i] ?? undefined));
        const predictor = this.resolve(parm?.get('Predictor'));
        if (typeof predictor === 'number' && predictor > 1) return null;
        switch (filters[i]) {
          case 'FlateDecode':
          case 'Fl':
            data = inflate(data);
            break;
          case 'ASCIIHexDecode':
          case 'AHx':
            data = Buffer.from(
              ((s) => (s.length % 2 ? s + '0' : s))(data.toString('latin1').split('>')[0].replace(/[^0-9a-fA-F]/g, '')),
              'hex',
            );
            break;
          default:
            return null;
        }
      }
    } catch {
      return null;
    }
    return data;
  }

  private scan(): void {
    const { src } = this;
    OBJECT_HEADER.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = OBJECT_HEADER.exec(src))) {
      const offset = match.index;
      const parser = new ValueParser(src, OBJECT_HEADER.lastIndex);
      let value: PdfValue;
      try {
        value = parser.value();
      } catch {
        continue;
      }
      const object: PdfObject = { num: Number(match[1]), gen: Number(match[2]), offset, value };
      if (value instanceof Map && parser.peekKeyword() === 'stream') {
        parser.skipSpace();
        let start = parser.pos + 'stream'.length;
        if (src[start] === '\r') start++;
        if (src[start] === '\n') start++;
        object.stream = this.streamRange(value, start);
        // Do not look for object headers inside the stream data.
        OBJECT_HEADER.lastIndex = object.stream.end;
      } else {
        OBJECT_HEADER.lastIndex = parser.pos;
      }
      this.objects.set(object.num, object);
    }
  }

  /** Uses /Length when it leads to "endstream"; otherwise the data runs to the next "endstream". */
  private streamRange(dict: PdfDict, start: number): { start: number; end: number } {
    const { src } = this;
    const length = dict.get('Length');
    // An indirect length may be defined later in the file; a direct one can be checked now.
    const direct = typeof length === 'number' ? length : length instanceof PdfRef ? this.lengthAhead(length, start) : undefined;
    if (direct !== undefined && Number.isInteger(direct) && direct >= 0 && start + direct <= src.length) {
      const after = new ValueParser(src, start + direct);
      after.skipSpace();
      if (src.startsWith('endstream', after.pos)) return { start, end: start + direct };
    }
    const found = src.indexOf('endstream', start);
    let end = found < 0 ? src.length : found;
    if (src[end - 1] === '\n') end--;
    if (src[end - 1] === '\r') end--;
    return { start, end: Math.max(start, end) };
  }

  /** Finds "num gen obj <integer>" for an indirect stream length, usually right after the stream. */
  private lengthAhead(ref: PdfRef, from: number): number | undefined {
    const known = this.objects.get(ref.num)?.value;
    if (typeof known === 'number') return known;
    const pattern = new RegExp(`(?<![0-9])${ref.num}[\\0\\t\\n\\f\\r ]+${ref.gen}[\\0\\t\\n\\f\\r ]+obj[\\0\\t\\n\\f\\r ]*(\\d+)`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(this.src);
    return match ? Number(match[1]) : undefined;
  }

  private readObjectStreams(): void {
    const containers = [...this.objects.values()].filter((o) => nameOf(dictOf(o.value)?.get('Type')) === 'ObjStm');
    for (const container of containers) {
      const dict = dictOf(container.value) as PdfDict;
      const data = this.streamData(container);
      const count = this.resolve(dict.get('N'));
      const first = this.resolve(dict.get('First'));
      if (!data || typeof count !== 'number' || typeof first !== 'number') continue;
      const text = data.toString('latin1');
      const header = text.slice(0, first).trim().split(/\s+/).map(Number);
      for (let i = 0; i < count && 2 * i + 1 < header.length; i++) {
        const [num, at] = [header[2 * i], header[2 * i + 1]];
        const existing = this.objects.get(num);
        if (existing && existing.offset > container.offset) continue;
        try {
          const value = new ValueParser(text, first + at).value();
          this.objects.set(num, { num, gen: 0, offset: container.offset, value });
        } catch {
          // Skip an unreadable member, keep the others.
        }
      }
    }
  }
}

function inflate(data: Buffer): Buffer {
  try {
    return inflateSync(data);
  } catch {
    // A truncated or padded stream: take what decodes.
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  }
}

export function parsePdf(bytes: Buffer): PdfFile {
  return new PdfFile(bytes);
}

interface Candidate {
  names: string[];
  stream: PdfObject | undefined;
  json: boolean;
  data: boolean;
}

/**
 * Reads back an embedded file (by default the first JSON attachment) as UTF-8
 * text. Returns null when the PDF has none, or none with that name.
 */
export function extractAttachment(pdf: Buffer, name?: string): string | null {
  let file: PdfFile;
  try {
    file = parsePdf(pdf);
  } catch {
    return null;
  }
  const candidates: Candidate[] = [];
  const seen = new Set<number>();
  for (const object of file.objects.values()) {
    const spec = dictOf(object.value);
    const ef = dictOf(file.resolve(spec?.get('EF')));
    if (!spec || !ef) continue;
    const stream = file.objectFor(ef.get('UF') ?? ef.get('F'));
    const names = ['UF', 'F']
      .map((key) => file.resolve(spec.get(key)))
      .filter((v): v is PdfString => v instanceof PdfString)
      .map((s) => s.text());
    if (stream) seen.add(stream.num);
    candidates.push({
      names,
      stream,
      json: isJson(file, stream),
      data: nameOf(spec.get('AFRelationship')) === 'Data',
    });
  }
  if (!name) {
    // Embedded files without a file specification still count when no name is asked for.
    for (const object of file.objects.values()) {
      if (!seen.has(object.num) && object.stream && nameOf(dictOf(object.value)?.get('Type')) === 'EmbeddedFile') {
        candidates.push({ names: [], stream: object, json: isJson(file, object), data: false });
      }
    }
  }
  const ordered = candidates
    .filter((c) => c.stream && (!name || c.names.includes(name)))
    .sort((a, b) => Number(b.json) - Number(a.json) || Number(b.data) - Number(a.data));
  for (const candidate of ordered) {
    const data = file.streamData(candidate.stream as PdfObject);
    if (data) return stripBom(data.toString('utf8'));
  }
  return null;
}

function isJson(file: PdfFile, stream: PdfObject | undefined): boolean {
  const subtype = nameOf(file.resolve(dictOf(stream?.value)?.get('Subtype')));
  return subtype === 'application/json' || (subtype?.endsWith('+json') ?? false);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
