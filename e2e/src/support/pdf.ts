/**
 * The text of a downloaded PDF, read with pdf.js as a viewer would.
 *
 * pdf.js is ESM-only and Playwright loads these files as CommonJS, where a
 * dynamic `import()` may be rewritten to `require()`; a function built at
 * runtime keeps a real one.
 */
import { readFileSync } from 'node:fs';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
const loadPdfjs = new Function('return import("pdfjs-dist/legacy/build/pdf.mjs")') as () => Promise<Pdfjs>;

/** Every page's text, one line per text line. */
export async function pdfText(file: string): Promise<string> {
  const { getDocument } = await loadPdfjs();
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  try {
    const doc = await task.promise;
    let text = '';
    for (let number = 1; number <= doc.numPages; number++) {
      for (const item of (await (await doc.getPage(number)).getTextContent()).items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      text += '\n';
    }
    return text;
  } finally {
    await task.destroy();
  }
}
