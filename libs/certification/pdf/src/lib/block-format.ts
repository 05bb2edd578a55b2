/**
 * The small line-based block format that certificate templates render to.
 *
 * Every non-blank line is `kind: text`. The kind picks a fixed style; the text
 * may hold cells separated by `|`. A backslash escapes the next character, so
 * `\|` is a literal bar and `\\` a literal backslash. Values that come from the
 * certificate data are escaped by {@link escapeValue} before the template sees
 * them, so data can never start a new block or add a cell.
 *
 * The format is described for template authors in `certificates/README.md`.
 */

export const BLOCK_KINDS = [
  'issuer',
  'title',
  'lead',
  'holder',
  'subtitle',
  'text',
  'heading',
  'item',
  'columns',
  'row',
  'total',
  'field',
  'footer',
] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  kind: BlockKind;
  /** The cells of the line; most kinds use only the first. */
  cells: string[];
  /** 1-based line number in the rendered template, for error messages. */
  line: number;
}

/** Kinds whose text is a table row: up to three cells. */
const MAX_CELLS: Record<BlockKind, number> = {
  issuer: 1,
  title: 1,
  lead: 1,
  holder: 1,
  subtitle: 1,
  text: 1,
  heading: 1,
  item: 1,
  columns: 3,
  row: 3,
  total: 3,
  field: 2,
  footer: 1,
};

const KIND_SET: ReadonlySet<string> = new Set(BLOCK_KINDS);

export class BlockFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'BlockFormatError';
  }
}

/**
 * Makes a data value safe to insert anywhere in a line: whitespace runs
 * (including line breaks) become one space, control characters are dropped, and
 * the two characters with a meaning in the format are escaped.
 */
export function escapeValue(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .replace(/[\\|]/g, (c) => `\\${c}`);
}

/** Splits on unescaped bars and removes the escapes. */
function splitCells(text: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  cells.push(current.trim());
  return cells;
}

/** Parses rendered template output into blocks; throws {@link BlockFormatError} on a malformed line. */
export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (!text) return;
    const colon = text.indexOf(':');
    const kind = colon > 0 ? text.slice(0, colon).trim().toLowerCase() : '';
    if (!KIND_SET.has(kind)) {
      throw new BlockFormatError(`expected "kind: text" with a kind of ${BLOCK_KINDS.join(', ')}; got "${text.slice(0, 40)}"`, line);
    }
    const blockKind = kind as BlockKind;
    const cells = splitCells(text.slice(colon + 1));
    if (cells.length > MAX_CELLS[blockKind]) {
      throw new BlockFormatError(`"${blockKind}" takes at most ${MAX_CELLS[blockKind]} cell(s) separated by |; got ${cells.length}`, line);
    }
    // A line whose cells are all empty (e.g. an optional value left out) draws nothing.
    if (cells.every((c) => c === '')) return;
    blocks.push({ kind: blockKind, cells, line });
  });
  return blocks;
}
