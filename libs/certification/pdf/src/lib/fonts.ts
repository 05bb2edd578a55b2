import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pdfkit } from './engines';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export type FontName = keyof typeof FONT_FILES;

/**
 * A parsed font, reused by every document. pdfkit (since 0.20) accepts an
 * already-parsed fontkit font wherever it accepts a font file; when the parse
 * could not be taken over, this is the file's bytes and pdfkit parses per document.
 */
export type LoadedFont = { readonly layout: (...args: never[]) => unknown } | Buffer;

export type LoadedFonts = Record<FontName, LoadedFont>;

const PACKAGE_FONTS = join('node_modules', 'dejavu-fonts-ttf', 'ttf');

/** Finds the DejaVu TTF folder of the `dejavu-fonts-ttf` package above the working or this module's folder. */
export function defaultFontsDir(): string {
  const starts = [process.cwd(), typeof __dirname === 'string' ? __dirname : undefined];
  for (const start of starts) {
    if (!start) continue;
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const candidate = join(dir, PACKAGE_FONTS);
      if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(`DejaVu fonts not found: no ${PACKAGE_FONTS} above ${process.cwd()}; pass fontsDir`);
}

/**
 * Parses a TTF with the same font engine pdfkit embeds, through a throw-away
 * document, so that no second copy of that engine is needed.
 */
function parseFont(bytes: Buffer): LoadedFont {
  const PDFDocument = pdfkit();
  const probe = new PDFDocument({ autoFirstPage: false });
  probe.font(bytes);
  const parsed = (probe as unknown as { _font?: { font?: unknown } })._font?.font;
  return parsed && typeof (parsed as { layout?: unknown }).layout === 'function' ? (parsed as LoadedFont) : bytes;
}

/** Reads each font file once and parses it once. */
export async function loadFonts(dir: string): Promise<LoadedFonts> {
  const [regular, bold] = await Promise.all([readFile(join(dir, FONT_FILES.regular)), readFile(join(dir, FONT_FILES.bold))]);
  return { regular: parseFont(regular), bold: parseFont(bold) };
}
