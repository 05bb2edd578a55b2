import type { Block, BlockKind } from './block-format';
import { assertValidView, CertificateAttachment, CertificateView, parseIsoDate } from './certificate-view';
import { currentFont, FixedFontProgram, PrebuiltSubsets, shareLayouts } from './font-program';
import { loadEngines, pdfkit } from './engines';
import { defaultFontsDir, FontName, loadFonts, LoadedFonts } from './fonts';
import { qrMatrix } from './qr';
import { CertificateTemplates } from './templates';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

// A4 portrait, in points.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { left: 56, right: 56, top: 46, bottom: 32 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BAND_HEIGHT = 8;
/** The box an issuer's logo is scaled into, keeping its proportions, above the body. */
const LOGO_BOX = { width: 150, height: 44, gap: 14 };
const QR_SIZE = 92;
const QR_GAP = 20;
const LIST_INDENT = 12;
const COLUMN_GAP = 18;
const CELL_GAP = 10;
/** Widths of the right-aligned table columns, from the right. */
const CELL_WIDTHS = [52, 84];
const LIST_BULLET = '•';

const COLORS = { ink: '#1f2a30', muted: '#5b6870', accent: '#1d5a63', rule: '#c3cfd2' };

interface Style {
  font: FontName;
  size: number;
  color: string;
  lineGap?: number;
  /** Space above, when something precedes. */
  before?: number;
  after: number;
  characterSpacing?: number;
}

const STYLES: Record<BlockKind, Style> = {
  issuer: { font: 'bold', size: 10, color: COLORS.accent, after: 16, characterSpacing: 0.5 },
  title: { font: 'bold', size: 22, color: COLORS.ink, lineGap: 1, after: 14 },
  lead: { font: 'regular', size: 10.5, color: COLORS.muted, after: 4 },
  holder: { font: 'bold', size: 26, color: COLORS.accent, lineGap: 1, after: 6 },
  subtitle: { font: 'regular', size: 13, color: COLORS.ink, lineGap: 1, after: 14 },
  text: { font: 'regular', size: 10.5, color: COLORS.ink, lineGap: 2, after: 6 },
  heading: { font: 'bold', size: 11, color: COLORS.accent, before: 10, after: 7 },
  item: { font: 'regular', size: 10, color: COLORS.ink, lineGap: 1.5, after: 3.5 },
  columns: { font: 'bold', size: 8, color: COLORS.muted, after: 4, characterSpacing: 0.3 },
  row: { font: 'regular', size: 10, color: COLORS.ink, lineGap: 1.5, after: 4 },
  total: { font: 'bold', size: 10, color: COLORS.ink, before: 2, after: 4 },
  field: { font: 'regular', size: 9, color: COLORS.ink, lineGap: 2, after: 5 },
  footer: { font: 'regular', size: 7.5, color: COLORS.muted, lineGap: 1.5, after: 2 },
};

const STRUCT_TYPE: Partial<Record<BlockKind, string>> = { title: 'H1', heading: 'H2' };

/** One piece of the body: a single block, a bullet list or a table. */
type Unit = { type: 'block'; block: Block } | { type: 'list'; items: Block[] } | { type: 'table'; rows: Block[] };

interface Fit {
  scale: number;
  twoColumns: boolean;
}

const LANG_TAG = { sv: 'sv-SE', en: 'en-GB' } as const;
const ATTACHMENT_DESCRIPTION = {
  sv: 'Digitalt signerat, maskinläsbart intyg (JSON)',
  en: 'Digitally signed, machine-readable credential (JSON)',
} as const;
const QR_ALT = { sv: 'QR-kod till kontrollsidan', en: 'QR code linking to the verification page' } as const;

/** What one document is made from. */
interface Certificate {
  view: CertificateView;
  attachment: CertificateAttachment;
  blocks: Block[];
  issued: Date;
}

const URL_PATTERN = /^https?:\/\/\S+$/;

/** Measured heights kept across documents; cleared when it grows past this. */
const HEIGHT_CACHE_LIMIT = 2_000;

/** Renders certificates as one-page PDF/A-3b documents with the credential attached. */
export class CertificateRenderer {
  /** Text heights by text and setting, shared by all documents (the fonts are the same). */
  private readonly heights = new Map<string, number>();
  /** Shaped words per font, shared by all documents. */
  private readonly layouts: Record<FontName, Map<string, unknown>> = { regular: new Map(), bold: new Map() };

  private constructor(
    private readonly templates: CertificateTemplates,
    private readonly fonts: LoadedFonts,
    /** Font subsets embedded as they are; null when the fonts could not be parsed once. */
    private readonly subsets: PrebuiltSubsets | null,
  ) {}

  /**
   * Reads and parses the fonts, compiles the templates and prepares the font
   * subsets once; the renderer is then reused for every certificate.
   * Template errors surface here.
   */
  static async create(options: { templatesDir: string; fontsDir?: string }): Promise<CertificateRenderer> {
    loadEngines();
    const [templates, fonts] = await Promise.all([
      CertificateTemplates.load(options.templatesDir),
      loadFonts(options.fontsDir ?? defaultFontsDir()),
    ]);
    const parsed = !Buffer.isBuffer(fonts.regular) && !Buffer.isBuffer(fonts.bold);
    return new CertificateRenderer(templates, fonts, parsed ? new PrebuiltSubsets(fonts, templates.characters) : null);
  }

  async render(view: CertificateView, attachment: CertificateAttachment): Promise<Buffer> {
    assertValidView(view);
    const blocks = this.templates.blocks(view, attachment.name);
    const issued = parseIsoDate(view.issuedOn, 'issuedOn');
    const certificate = { view, attachment, blocks, issued };
    // Prebuilt font subsets when they cover the text (all of it is in the blocks, but for the
    // bullet and ASCII separators); otherwise, or if shaping needed a glyph they lack, the fonts
    // are subset for this document.
    const programs = this.subsets?.for([LIST_BULLET, ...blocks.flatMap((b) => b.cells)]);
    return (programs && this.document(certificate, programs)) ?? this.document(certificate, null);
  }

  /** The PDF, or null when the prebuilt `programs` lack a glyph the text needs. */
  private document(certificate: Certificate, programs: Record<FontName, FixedFontProgram>): Promise<Buffer> | null;
  /** The PDF, with font subsets of its own. */
  private document(certificate: Certificate, programs: null): Promise<Buffer>;
  private document({ view, attachment, blocks, issued }: Certificate, programs: Record<FontName, FixedFontProgram> | null): Promise<Buffer> | null {
    const doc = new (BufferedDocument())({
      size: [PAGE.width, PAGE.height],
      margin: 0,
      pdfVersion: '1.7',
      subset: 'PDF/A-3b',
      tagged: true,
      lang: LANG_TAG[view.language],
      displayTitle: true,
      // No default font: a standard font would not be embedded (PDF/A), and loading one per document costs time.
      font: null as unknown as string,
      info: {
        Title: `${view.documentTitle} – ${view.holderName}`,
        Author: view.issuerName,
        Subject: `${view.courseTitle}, version ${view.courseVersion}`,
        Creator: 'PEER Academy',
        CreationDate: issued,
      },
    });
    escapeXmpInfo(doc);

    doc.registerFont('regular', this.fonts.regular as unknown as Buffer);
    doc.registerFont('bold', this.fonts.bold as unknown as Buffer);
    const missed: (() => boolean)[] = [];
    if (this.subsets) {
      for (const name of ['regular', 'bold'] as const) {
        doc.font(name);
        const font = currentFont(doc);
        shareLayouts(font, this.layouts[name]);
        if (programs) missed.push(programs[name].embedIn(font));
      }
    }

    const root = doc.struct('Document');
    doc.addStructure(root);
    new PageLayout(doc, root, view, this.heights).draw(blocks);
    root.end();
    if (missed.some((check) => check())) return null;

    doc.file(Buffer.from(attachment.json, 'utf8'), {
      name: attachment.name,
      type: 'application/json',
      description: attachment.description ?? ATTACHMENT_DESCRIPTION[view.language],
      creationDate: issued,
      modifiedDate: issued,
      relationship: 'Data',
    } as PDFKit.Mixins.PDFAttachmentOptions);

    return doc.finish();
  }
}

/** A number as pdfkit writes it in content: plain decimal, at most six decimals. */
function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  // Below 1e-6 JavaScript would switch to exponent notation, which PDF does not read.
  return Math.abs(rounded) < 1e-6 ? '0' : String(rounded);
}

type BufferedDoc = Doc & { finish(): Promise<Buffer> };
let bufferedDocument: (new (options: PDFKit.PDFDocumentOptions) => BufferedDoc) | undefined;

/**
 * A pdfkit document that gathers its output in memory instead of streaming it:
 * a certificate is small and wanted whole, and handing each of its many small
 * pieces through the stream costs more than making them. Defined on first use,
 * when pdfkit is loaded.
 */
function BufferedDocument(): new (options: PDFKit.PDFDocumentOptions) => BufferedDoc {
  bufferedDocument ??= class extends (pdfkit() as unknown as new (options: PDFKit.PDFDocumentOptions) => Doc) {
    // Declared only: pdfkit's constructor already writes through push(), before fields would be initialised.
    declare private output?: Uint8Array[];
    declare private done?: (pdf: Buffer) => void;

    /** pdfkit hands every piece of output to push(), and null after the last. */
    override push(chunk: Uint8Array | null): boolean {
      if (chunk !== null) {
        (this.output ??= []).push(chunk);
        return true;
      }
      this.done?.(Buffer.concat(this.output ?? []));
      this.output = [];
      return false;
    }

    /** Ends the document; resolves with the whole file once pdfkit has written it (at once, unless an object is still open). */
    finish(): Promise<Buffer> {
      return new Promise((resolve) => {
        this.done = resolve;
        this.end();
      });
    }
  };
  return bufferedDocument;
}

function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * pdfkit copies the document info into the XMP metadata without XML escaping.
 * Escape there only, so the Info dictionary keeps the plain text and both say the same.
 */
function escapeXmpInfo(doc: Doc): void {
  const target = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const escaped = (info: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? xmlEscape(v) : v]));
  const addInfo = target._addInfo;
  if (typeof addInfo !== 'function') {
    // Unknown pdfkit internals: escaped text in both places is still valid metadata.
    target.info = escaped(target.info);
    return;
  }
  target._addInfo = function (this: typeof target) {
    const plain = this.info;
    this.info = escaped(plain);
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

/** Groups consecutive items into lists and consecutive table lines into tables. */
function toUnits(blocks: Block[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const last = units.at(-1);
    if (block.kind === 'item') {
      if (last?.type === 'list') last.items.push(block);
      else units.push({ type: 'list', items: [block] });
    } else if (block.kind === 'columns' || block.kind === 'row' || block.kind === 'total') {
      if (last?.type === 'table') last.rows.push(block);
      else units.push({ type: 'table', rows: [block] });
    } else {
      units.push({ type: 'block', block });
    }
  }
  return units;
}

/** Lays out one page: a band, the body (shrunk to fit), the QR code with its fields, and the footer. */
class PageLayout {
  constructor(
    private readonly doc: Doc,
    private readonly root: Struct,
    private readonly view: CertificateView,
    /** Heights by text and setting: fitting measures the same text at several scales, drawing measures it again. */
    private readonly heights: Map<string, number>,
  ) {}

  draw(blocks: Block[]): void {
    const { doc } = this;
    const fields = blocks.filter((b) => b.kind === 'field');
    const footers = blocks.filter((b) => b.kind === 'footer');
    const units = toUnits(blocks.filter((b) => b.kind !== 'field' && b.kind !== 'footer'));

    const fieldWidth = CONTENT_WIDTH - QR_SIZE - QR_GAP;
    const footerHeight = this.stackHeight(footers, CONTENT_WIDTH);
    const fieldsHeight = this.stackHeight(fields, fieldWidth);
    const footerTop = PAGE.height - MARGIN.bottom - footerHeight;
    const sealHeight = Math.max(QR_SIZE, fieldsHeight);
    const sealTop = footerTop - (footers.length ? 14 : 0) - sealHeight;
    const bodyLimit = sealTop - 22;

    this.artifact(() => {
      doc.rect(0, 0, PAGE.width, BAND_HEIGHT).fill(COLORS.accent);
      doc.rect(MARGIN.left, sealTop - 12, CONTENT_WIDTH, 0.6).fill(COLORS.rule);
    });

    const logo = this.view.issuerLogo;
    const bodyTop = logo ? MARGIN.top + LOGO_BOX.height + LOGO_BOX.gap : MARGIN.top;
    if (logo) this.drawLogo(logo);
    const fit = this.fit(units, bodyLimit - bodyTop);
    let y = bodyTop;
    units.forEach((unit, index) => {
      if (index > 0) y += this.before(unit) * fit.scale;
      y = this.drawUnit(unit, y, fit, bodyLimit);
    });

    // Fields beside the QR code, centred on it when shorter.
    let fy = sealTop + Math.max(0, (QR_SIZE - fieldsHeight) / 2);
    for (const field of fields) fy = this.drawField(field, MARGIN.left, fy, fieldWidth);
    this.drawQr(PAGE.width - MARGIN.right - QR_SIZE, sealTop + Math.max(0, (fieldsHeight - QR_SIZE) / 2));

    let ty = footerTop;
    for (const footer of footers) ty = this.drawText(footer.cells[0], STYLES.footer, 1, MARGIN.left, ty, CONTENT_WIDTH, 'P');
  }

  /** The largest scale at which the body fits, first in one column, then with lists in two. */
  private fit(units: Unit[], available: number): Fit {
    const hasLongList = units.some((u) => u.type === 'list' && u.items.length >= 4);
    const attempts: Fit[] = [];
    for (let scale = 1; scale >= 0.75 - 1e-9; scale -= 0.05) attempts.push({ scale, twoColumns: false });
    if (hasLongList) for (let scale = 1; scale >= 0.55 - 1e-9; scale -= 0.05) attempts.push({ scale, twoColumns: true });
    for (const fit of attempts) {
      if (this.bodyHeight(units, fit) <= available) return fit;
    }
    return attempts[attempts.length - 1];
  }

  private bodyHeight(units: Unit[], fit: Fit): number {
    return units.reduce((sum, unit, index) => sum + (index > 0 ? this.before(unit) * fit.scale : 0) + this.unitHeight(unit, fit), 0);
  }

  private before(unit: Unit): number {
    const kind = unit.type === 'block' ? unit.block.kind : unit.type === 'list' ? 'item' : unit.rows[0].kind;
    return STYLES[kind].before ?? 0;
  }

  private unitHeight(unit: Unit, fit: Fit): number {
    switch (unit.type) {
      case 'block':
        return this.blockHeight(unit.block, fit.scale);
      case 'list':
        return this.listColumns(unit.items, fit).height;
      case 'table':
        return unit.rows.reduce((sum, row) => sum + this.rowHeight(row, fit.scale), 0);
    }
  }

  // ---- measuring --------------------------------------------------------

  private measure(text: string, style: Style, scale: number, width: number): number {
    const key = `${style.font}\u0000${style.size}\u0000${style.lineGap ?? 0}\u0000${style.characterSpacing ?? 0}\u0000${scale}\u0000${width}\u0000${text}`;
    let height = this.heights.get(key);
    if (height === undefined) {
      this.setFont(style, scale);
      height = this.doc.heightOfString(text, this.textOptions(style, scale, width));
      if (this.heights.size >= HEIGHT_CACHE_LIMIT) this.heights.clear();
      this.heights.set(key, height);
    }
    return height;
  }

  private blockHeight(block: Block, scale: number): number {
    const style = STYLES[block.kind];
    const rule = block.kind === 'heading' ? 3 * scale : 0;
    return this.measure(block.cells[0], style, scale, CONTENT_WIDTH) + rule + style.after * scale;
  }

  private itemHeight(item: Block, scale: number, width: number): number {
    const style = STYLES.item;
    return this.measure(item.cells[0], style, scale, width - LIST_INDENT * scale) + style.after * scale;
  }

  /** Splits a list into one or two columns, keeping the order and balancing the heights. */
  private listColumns(items: Block[], fit: Fit): { width: number; columns: Block[][]; height: number } {
    if (!fit.twoColumns || items.length < 4) {
      const height = items.reduce((sum, item) => sum + this.itemHeight(item, fit.scale, CONTENT_WIDTH), 0);
      return { width: CONTENT_WIDTH, columns: [items], height };
    }
    const width = (CONTENT_WIDTH - COLUMN_GAP) / 2;
    const heights = items.map((item) => this.itemHeight(item, fit.scale, width));
    const total = heights.reduce((a, b) => a + b, 0);
    let best = { split: 1, height: Infinity };
    let left = 0;
    for (let split = 1; split < items.length; split++) {
      left += heights[split - 1];
      const height = Math.max(left, total - left);
      if (height < best.height) best = { split, height };
    }
    return { width, columns: [items.slice(0, best.split), items.slice(best.split)], height: best.height };
  }

  private cellBoxes(count: number): { x: number; width: number; align: 'left' | 'right' }[] {
    const boxes: { x: number; width: number; align: 'left' | 'right' }[] = [];
    let right = MARGIN.left + CONTENT_WIDTH;
    for (let i = count - 1; i >= 1; i--) {
      const width = CELL_WIDTHS[count - 1 - i];
      boxes.unshift({ x: right - width, width, align: 'right' });
      right -= width + CELL_GAP;
    }
    boxes.unshift({ x: MARGIN.left, width: right - MARGIN.left, align: 'left' });
    return boxes;
  }

  private rowHeight(row: Block, scale: number): number {
    const style = STYLES[row.kind];
    const boxes = this.cellBoxes(row.cells.length);
    const text = Math.max(...row.cells.map((cell, i) => (cell ? this.measure(cell, style, scale, boxes[i].width) : 0)));
    const rule = row.kind === 'total' ? 4 * scale : row.kind === 'columns' ? 3 * scale : 0;
    return text + rule + style.after * scale;
  }

  private stackHeight(blocks: Block[], width: number): number {
    return blocks.reduce(
      (sum, block) =>
        sum +
        (block.kind === 'field' ? this.fieldLayout(block, width).height : this.measure(block.cells[0], STYLES[block.kind], 1, width) + STYLES[block.kind].after),
      0,
    );
  }

  // ---- drawing ----------------------------------------------------------

  private setFont(style: Style, scale: number): void {
    this.doc.font(style.font).fontSize(style.size * scale);
  }

  private textOptions(style: Style, scale: number, width: number): PDFKit.Mixins.TextOptions {
    return { width, lineGap: (style.lineGap ?? 0) * scale, characterSpacing: (style.characterSpacing ?? 0) * scale };
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /** Adds a structure element whose content is drawn by `draw`, under `parent` (the document by default). */
  private tag(type: string, draw: () => void, parent: Struct = this.root, options: { alt?: string } = {}): void {
    parent.add(this.doc.struct(type, options, draw));
  }

  private drawText(
    text: string,
    style: Style,
    scale: number,
    x: number,
    y: number,
    width: number,
    structType: string,
    align: 'left' | 'right' = 'left',
    parent?: Struct,
  ): number {
    const height = this.measure(text, style, scale, width);
    this.tag(
      structType,
      () => {
        this.setFont(style, scale);
        this.doc.fillColor(style.color).text(text, x, y, { ...this.textOptions(style, scale, width), align });
      },
      parent,
    );
    return y + height + style.after * scale;
  }

  private drawUnit(unit: Unit, y: number, fit: Fit, limit: number): number {
    // Only when even the smallest scale does not fit: leave out what would run off the page.
    if (y + this.unitHeight(unit, fit) > limit && unit.type !== 'list') return y;
    switch (unit.type) {
      case 'block':
        return this.drawBlock(unit.block, y, fit.scale);
      case 'list':
        return this.drawList(unit.items, y, fit, limit);
      case 'table':
        return this.drawTable(unit.rows, y, fit.scale);
    }
  }

  private drawBlock(block: Block, y: number, scale: number): number {
    const style = STYLES[block.kind];
    const end = this.drawText(block.cells[0], style, scale, MARGIN.left, y, CONTENT_WIDTH, STRUCT_TYPE[block.kind] ?? 'P');
    if (block.kind !== 'heading') return end;
    const ruleY = end - style.after * scale + 1;
    this.artifact(() => this.doc.rect(MARGIN.left, ruleY, CONTENT_WIDTH, 0.6).fill(COLORS.rule));
    return end + 3 * scale;
  }

  private drawList(items: Block[], top: number, fit: Fit, limit: number): number {
    const { doc } = this;
    const layout = this.listColumns(items, fit);
    const list = doc.struct('L');
    this.root.add(list);
    let bottom = top;
    layout.columns.forEach((column, c) => {
      const x = MARGIN.left + c * (layout.width + COLUMN_GAP);
      let y = top;
      for (const item of column) {
        const height = this.itemHeight(item, fit.scale, layout.width);
        if (y + height > limit) break;
        const style = STYLES.item;
        const li = doc.struct('LI');
        list.add(li);
        this.tag('Lbl', () => {
          this.setFont(style, fit.scale);
          doc.fillColor(COLORS.accent).text(LIST_BULLET, x, y, { lineBreak: false });
        }, li);
        this.drawText(item.cells[0], style, fit.scale, x + LIST_INDENT * fit.scale, y, layout.width - LIST_INDENT * fit.scale, 'LBody', 'left', li);
        li.end();
        y += height;
      }
      bottom = Math.max(bottom, y);
    });
    list.end();
    return bottom;
  }

  private drawTable(rows: Block[], top: number, scale: number): number {
    const table = this.doc.struct('Table');
    this.root.add(table);
    let y = top;
    for (const row of rows) {
      const style = STYLES[row.kind];
      const boxes = this.cellBoxes(row.cells.length);
      if (row.kind === 'total') {
        const ruleY = y + scale;
        this.artifact(() => this.doc.rect(MARGIN.left, ruleY, CONTENT_WIDTH, 0.6).fill(COLORS.rule));
        y += 4 * scale;
      }
      const tr = this.doc.struct('TR');
      table.add(tr);
      let end = y;
      row.cells.forEach((cell, i) => {
        const box = boxes[i];
        const cellType = row.kind === 'columns' ? 'TH' : 'TD';
        end = Math.max(end, this.drawText(cell, style, scale, box.x, y, box.width, cellType, box.align, tr));
      });
      tr.end();
      y = end;
      if (row.kind === 'columns') {
        const ruleY = y - style.after * scale + 1;
        this.artifact(() => this.doc.rect(MARGIN.left, ruleY, CONTENT_WIDTH, 0.6).fill(COLORS.rule));
        y += 3 * scale;
      }
    }
    table.end();
    return y;
  }

  /**
   * How a field is set: "Label: value" on one line when it fits; otherwise a value
   * without spaces (a code, a URL) goes on its own line, shrunk until it fits,
   * so that it is never broken; other values wrap.
   */
  private fieldLayout(field: Block, width: number): { label: string; value: string; own: boolean; valueSize: number; height: number } {
    const style = STYLES.field;
    const [label, value] = field.cells.length > 1 ? field.cells : ['', field.cells[0]];
    const joined = label ? `${label}: ${value}` : value;
    this.setFont(style, 1);
    const options = this.textOptions(style, 1, width);
    if (!label || /\s/.test(value) || this.doc.widthOfString(joined, options) <= width) {
      return { label, value, own: false, valueSize: style.size, height: this.doc.heightOfString(joined, options) + style.after };
    }
    const labelHeight = this.doc.heightOfString(`${label}:`, options);
    const natural = this.doc.widthOfString(value, options);
    const valueSize = Math.max(5.5, Math.min(style.size, (style.size * width) / natural - 0.05));
    this.doc.fontSize(valueSize);
    return { label, value, own: true, valueSize, height: labelHeight + this.doc.heightOfString(value, options) + style.after };
  }

  /** "Label: value", the label muted; a value that is a URL becomes a link. */
  private drawField(field: Block, x: number, y: number, width: number): number {
    const { doc } = this;
    const style = STYLES.field;
    const layout = this.fieldLayout(field, width);
    const { label, value } = layout;
    const link = URL_PATTERN.test(value) ? value : undefined;
    this.tag('P', () => {
      this.setFont(style, 1);
      const options = this.textOptions(style, 1, width);
      if (!label) {
        doc.fillColor(style.color).text(value, x, y, { ...options, link });
      } else if (!layout.own) {
        doc.fillColor(COLORS.muted).text(`${label}: `, x, y, { ...options, continued: true });
        doc.fillColor(style.color).text(value, { ...options, link, continued: false });
      } else {
        doc.fillColor(COLORS.muted).text(`${label}:`, x, y, options);
        doc.fontSize(layout.valueSize).fillColor(style.color).text(value, x, doc.y, { ...options, link, lineBreak: false });
      }
    });
    return y + layout.height;
  }

  private drawLogo(logo: Uint8Array): void {
    this.tag(
      'Figure',
      () => void this.doc.image(Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength), MARGIN.left, MARGIN.top, { fit: [LOGO_BOX.width, LOGO_BOX.height] }),
      this.root,
      { alt: this.view.issuerName },
    );
  }

  private drawQr(x: number, y: number): void {
    const { doc } = this;
    const { size, runs } = qrMatrix(this.view.verifyUrl);
    const module = QR_SIZE / size;
    this.tag(
      'Figure',
      () => {
        // One path of rectangles, one per horizontal run of dark modules, written in one go.
        const h = pdfNumber(module);
        const path = runs.map((run) => `${pdfNumber(x + run.column * module)} ${pdfNumber(y + run.row * module)} ${pdfNumber(run.length * module)} ${h} re`);
        doc.addContent(path.join('\n'));
        doc.fill(COLORS.ink);
      },
      this.root,
      { alt: `${QR_ALT[this.view.language]}: ${this.view.verifyUrl}` },
    );
    doc.link(x, y, QR_SIZE, QR_SIZE, this.view.verifyUrl);
  }
}
