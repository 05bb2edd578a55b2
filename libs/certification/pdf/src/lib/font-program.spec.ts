import PDFDocument from 'pdfkit';
import { currentFont, FixedFontProgram } from './font-program';
import { defaultFontsDir, loadFonts } from './fonts';

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0) as number);

describe('FixedFontProgram', () => {
  let font: unknown;

  beforeAll(async () => {
    font = (await loadFonts(defaultFontsDir())).regular;
  });

  /** A document whose current font shows glyphs from `program`, and the check for glyphs it lacks. */
  function documentWith(program: FixedFontProgram) {
    const doc = new PDFDocument({ font: null as unknown as string });
    doc.registerFont('regular', font as Buffer);
    doc.font('regular');
    return { doc, missed: program.embedIn(currentFont(doc)) };
  }

  it('reports text that needs a glyph outside its character set', () => {
    const program = FixedFontProgram.build(font, codePoints('abc '));
    if (!program) throw new Error('the font was not parsed once');
    const { doc, missed } = documentWith(program);
    doc.text('abc cab', 50, 50);
    expect(missed()).toBe(false);
    doc.text('abcd', 50, 80);
    expect(missed()).toBe(true);
  });

  it('holds the ligatures shaping forms from its characters', () => {
    const program = FixedFontProgram.build(font, codePoints('Oefcil '));
    if (!program) throw new Error('the font was not parsed once');
    const { doc, missed } = documentWith(program);
    doc.text('Officiell fil', 50, 50);
    expect(missed()).toBe(false);
  });

  it('is not built from font file bytes', () => {
    expect(FixedFontProgram.build(Buffer.from('not a parsed font'), codePoints('a'))).toBeNull();
  });
});
