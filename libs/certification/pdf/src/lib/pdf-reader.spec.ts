import { deflateSync } from 'node:zlib';
import { extractAttachment, parsePdf, PdfName, PdfRef, PdfString } from './pdf-reader';

/** Builds a small PDF from raw object bodies (no valid cross-reference table: the reader must not need one). */
function pdf(...objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xff\xff\xff\xff\n', 'latin1')];
  objects.forEach((body, i) => {
    parts.push(Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1'));
  });
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${dict.replace(/>>$/, `/Length ${data.length} >>`)}\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

describe('PDF reader', () => {
  it('parses names, strings, references and nested values', () => {
    const file = parsePdf(pdf('<< /A#20b (x\\(y\\)\\101\\\nz) /H <4142 3> /R 3 0 R /N [1 -2.5 .5 true null] /D << /E /F >> >>'));
    const dict = file.objects.get(1)?.value as Map<string, unknown>;
    expect(dict.get('A b')).toEqual(new PdfString(Buffer.from('x(y)Az')));
    expect((dict.get('H') as PdfString).text()).toBe('AB0');
    expect(dict.get('R')).toEqual(new PdfRef(3, 0));
    expect(dict.get('N')).toEqual([1, -2.5, 0.5, true, null]);
    expect((dict.get('D') as Map<string, unknown>).get('E')).toEqual(new PdfName('F'));
  });

  it('decodes UTF-16BE text strings', () => {
    const file = parsePdf(pdf('<< /T <FEFF00C5007300610020004F00E4> >>'));
    expect(((file.objects.get(1)?.value as Map<string, unknown>).get('T') as PdfString).text()).toBe('Åsa Oä');
  });

  it('finds an attachment whose file specification sits in an object stream, by its UTF-16 name', () => {
    const json = '{"name":"Åsa"}';
    const members = '<< /Type /Filespec /UF <FEFF0063002E006A0073006F006E> /EF << /F 3 0 R >> >>';
    const header = '2 0 ';
    const objStm = stream(`<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode >>`, deflateSync(header + members));
    const file = pdf('<< /Type /Catalog >>', '<< /Type /Null >>', stream('<< /Type /EmbeddedFile /Subtype /application#2Fjson >>', Buffer.from(json)), objStm);
    expect(extractAttachment(file, 'c.json')).toBe(json);
    expect(extractAttachment(file)).toBe(json);
    expect(extractAttachment(file, 'other.json')).toBeNull();
  });

  it('prefers a JSON attachment and returns null for unsupported filters', () => {
    const file = pdf(
      '<< /Type /Catalog >>',
      stream('<< /Type /EmbeddedFile /Subtype /text#2Fplain >>', Buffer.from('plain text')),
      stream('<< /Type /EmbeddedFile /Subtype /application#2Fjson /Filter /ASCIIHexDecode >>', Buffer.from('7B7D>')),
    );
    expect(extractAttachment(file)).toBe('{}');
    const unsupported = pdf('<< /Type /Catalog >>', stream('<< /Type /EmbeddedFile /Filter /LZWDecode >>', Buffer.from('xx')));
    expect(extractAttachment(unsupported)).toBeNull();
  });

  it('does not mistake object headers inside stream data for objects', () => {
    const file = pdf('<< /Type /Catalog >>', stream('<< /Type /EmbeddedFile /Subtype /application#2Fjson >>', Buffer.from('{"a":"9 0 obj << /Type /EmbeddedFile >>"}')));
    expect(parsePdf(file).objects.has(9)).toBe(false);
    expect(extractAttachment(file)).toBe('{"a":"9 0 obj << /Type /EmbeddedFile >>"}');
  });
});
