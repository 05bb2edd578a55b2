import fsPromises from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { create as createQr } from 'qrcode';
import { CertificateRenderer, CertificateView, extractAttachment, TemplateError } from '../index';
import { dictOf, nameOf, parsePdf } from './pdf-reader';
import {
  appendUpdate,
  detach,
  editShownText,
  figureRects,
  findObject,
  attachments,
  pdfInfo,
  pdfText,
  replaceStream,
  samplePng,
  shownText,
} from './testing/pdf-tools';

const TEMPLATES = join(__dirname, '../../../../../certificates');

const VIEW: CertificateView = {
  language: 'sv',
  documentTitle: 'Yrkesbevis: certifierad peer supporter',
  holderName: 'Åsa Öberg-Lindström',
  courseTitle: 'Grundutbildning för peer supporter',
  courseVersion: 3,
  description:
    'Innehavaren har genomgått grundutbildningen för peer supporter med rollspel och studiebesök i heldygnsvård och öppenvård, ' +
    'och kan använda sin egen erfarenhet av psykisk ohälsa för att stödja patienter och brukare i deras återhämtning.',
  trainings: [
    { title: 'Grundutbildning för peer supporter', hours: 84, completedOn: '2026-10-30' },
    { title: 'Fördjupning psykos', hours: 16.5 },
  ],
  totalHours: 100.5,
  competences: [
    'Ger återhämtningsinriktat stöd utifrån personlig återhämtning och CHIME.',
    'Använder sin egen erfarenhet medvetet och i den andres intresse, och inger hopp genom speglingseffekten.',
    'Motverkar stigma och självstigma och stärker egenmakt, enskilt och i grupp.',
    'För stödjande samtal och kan vända ett upptrappat samtal mot ömsesidig förståelse.',
    'Arbetar inom peer supporterns roll och gränser och känner igen peer drift.',
    'Känner till vårdens organisation, lagar och regler och följer tystnadsplikten.',
  ],
  practicals: ['6 rollspel godkända', 'Studiebesök: heldygnsvård och öppenvård'],
  issuedOn: '2026-11-23',
  issuerName: 'NSPH Skåne',
  issuerUrl: 'https://academy.example.org',
  code: 'K7QW2M4XTRB9HZ3NDPV6FJ8YCA',
  verifyUrl: 'https://academy.example.org/verify/K7QW2M4XTRB9HZ3NDPV6FJ8YCA',
};

const CREDENTIAL = JSON.stringify(
  { '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'https://academy.example.org/credentials/K7QW', name: 'Yrkesbevis – Åsa', proof: { proofValue: 'z3FXQ' } },
  null,
  2,
);
const ATTACHMENT = { name: 'credential.json', json: CREDENTIAL };

/** Collapses the line breaks and spacing the text extraction puts between words. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('CertificateRenderer', () => {
  let renderer: CertificateRenderer;
  let sv: Buffer;
  let en: Buffer;

  beforeAll(async () => {
    renderer = await CertificateRenderer.create({ templatesDir: TEMPLATES });
    sv = await renderer.render(VIEW, ATTACHMENT);
    en = await renderer.render({ ...VIEW, language: 'en', documentTitle: 'Professional certificate: certified peer supporter' }, ATTACHMENT);
  });

  describe('text', () => {
    it('prints the holder, course, trainings, competences, code and verification URL in Swedish', async () => {
      const text = await pdfText(sv);
      const words = flat(text);
      expect(text).toContain('Åsa Öberg-Lindström');
      expect(words).toContain('Yrkesbevis: certifierad peer supporter');
      expect(words).toContain('Grundutbildning för peer supporter, version 3');
      expect(words).toContain('Härmed intygas att');
      const rows = await pdfText(sv, true);
      expect(rows).toMatch(/Grundutbildning för peer supporter +2026-10-30 +84\n/);
      expect(rows).toMatch(/Fördjupning psykos +16,5\n/);
      expect(rows).toMatch(/Totalt +100,5\n/);
      expect(words).toContain('2026-10-30');
      for (const competence of VIEW.competences) expect(words).toContain(competence);
      expect(words).toContain('6 rollspel godkända');
      expect(text).toContain(VIEW.code);
      expect(text).toContain(VIEW.verifyUrl);
      expect(words).toContain('Kontrollera äktheten:');
      expect(words).toContain('Utfärdat: 2026-11-23 av NSPH Skåne');
    });

    it('renders the English template', async () => {
      const words = flat(await pdfText(en));
      expect(words).toContain('Professional certificate: certified peer supporter');
      expect(words).toContain('This is to certify that');
      expect(words).toContain('Åsa Öberg-Lindström');
      expect(await pdfText(en, true)).toMatch(/Total +100\.5\n/);
      expect(words).toContain('Verify:');
      expect(words).toContain(VIEW.verifyUrl);
    });

    it('keeps data as literal text: it cannot add blocks or cells', async () => {
      const pdf = await renderer.render({ ...VIEW, holderName: 'Anna\nheading: Injected | Ö', competences: ['a | b \\ c'] }, ATTACHMENT);
      const words = flat(await pdfText(pdf));
      expect(words).toContain('Anna heading: Injected | Ö');
      expect(words).toContain('a | b \\ c');
      // Extracted text infers spaces from glyph positions; the shown glyphs are what the page holds.
      const shown = shownText(pdf);
      expect(shown).toContain('Anna heading: Injected | Ö');
      expect(shown).toContain('a | b \\ c');
    });

    it('prints names in other Latin letters and other scripts', async () => {
      // Swedish text, other European letters and anything else take different ways to their font subsets.
      for (const holderName of ['Åsa Öberg', 'Łukasz Żółć-Dvořák', 'Nguyễn Văn Ánh', 'Ελένη Παπαδοπούλου']) {
        // Ligatures (ffi, ff, fi, fl) keep their letters in the text.
        const pdf = await renderer.render({ ...VIEW, holderName, description: 'Officiell affisch om fika och fläktar.' }, ATTACHMENT);
        const text = await pdfText(pdf);
        expect(text).toContain(holderName);
        expect(flat(text)).toContain('Officiell affisch om fika och fläktar.');
      }
    });

    it('embeds the same prepared font program whoever the holder is', async () => {
      const fontFiles = (pdf: Buffer) => {
        const file = parsePdf(pdf);
        return [...file.objects.values()]
          .map((o) => dictOf(o.value))
          .filter((d) => nameOf(d?.get('Type')) === 'FontDescriptor')
          .map((d) => {
            const program = file.objectFor(d?.get('FontFile2'));
            return program && file.streamData(program)?.toString('base64');
          });
      };
      const other = await renderer.render({ ...VIEW, holderName: 'Xerxes Quist-Zetterqvist' }, ATTACHMENT);
      expect(fontFiles(other)).toEqual(fontFiles(sv));
      expect(fontFiles(sv).every(Boolean)).toBe(true);
    });

    it('fits long content on one page', async () => {
      const long = Array.from({ length: 24 }, (_, i) => `Kompetens ${i + 1}: ${'stödjer återhämtning i vardagen '.repeat(3)}`);
      const pdf = await renderer.render(
        { ...VIEW, competences: long, practicals: [...VIEW.practicals, ...long.slice(0, 6)], trainings: [...VIEW.trainings, ...VIEW.trainings, ...VIEW.trainings] },
        ATTACHMENT,
      );
      expect((await pdfInfo(pdf)).pages).toBe(1);
      const text = await pdfText(pdf);
      expect(text).toContain('Åsa Öberg-Lindström');
      expect(text).toContain('Kompetens 24');
      expect(text).toContain(VIEW.verifyUrl);
    });
  });

  describe('PDF/A-3b document', () => {
    it('is version 1.7, one page, tagged, with title and author', async () => {
      const info = await pdfInfo(sv);
      expect(info.version).toBe('1.7');
      expect(info.title).toBe('Yrkesbevis: certifierad peer supporter – Åsa Öberg-Lindström');
      expect(info.author).toBe('NSPH Skåne');
      expect(info.pages).toBe(1);
      expect(info.tagged).toBe(true);
      expect(info.creationDate).toMatch(/^2026-/);
    });

    it('declares PDF/A-3b with an sRGB output intent and embeds both fonts', () => {
      const file = parsePdf(sv);
      const xmp = sv.toString('utf8');
      expect(xmp).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
      expect(findObject(file, (d) => nameOf(d.get('Type')) === 'OutputIntent')).toBeDefined();
      const descriptors = [...file.objects.values()].map((o) => dictOf(o.value)).filter((d) => nameOf(d?.get('Type')) === 'FontDescriptor');
      expect(descriptors.map((d) => nameOf(d?.get('FontName'))?.split('+')[1]).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
      expect(descriptors.every((d) => d?.has('FontFile2'))).toBe(true);
      // No standard (non-embedded) font anywhere.
      expect(findObject(file, (d) => nameOf(d.get('Subtype')) === 'Type1')).toBeUndefined();
    });

    it('XML-escapes metadata but keeps the Info dictionary plain', async () => {
      const pdf = await renderer.render({ ...VIEW, issuerName: 'Brukare & Co <Syd>' }, ATTACHMENT);
      expect((await pdfInfo(pdf)).author).toBe('Brukare & Co <Syd>');
      const xmp = pdf.toString('utf8');
      expect(xmp).toContain('<rdf:li>Brukare &amp; Co &lt;Syd&gt;</rdf:li>');
    });

    it('gives identical bytes for identical input, with the issue date as creation date', async () => {
      const again = await renderer.render(VIEW, ATTACHMENT);
      expect(again.equals(sv)).toBe(true);
      const later = await renderer.render({ ...VIEW, issuedOn: '2026-11-24' }, ATTACHMENT);
      expect(later.equals(sv)).toBe(false);
      expect((await pdfInfo(later)).creationDate).toBe('2026-11-24T00:00:00.000Z');
    });

    it('prints the issuer’s logo as a tagged figure above the body, keeping everything else on the one page', async () => {
      const pdf = await renderer.render({ ...VIEW, issuerLogo: samplePng(300, 100) }, ATTACHMENT);
      const images = (file: Buffer) => [...parsePdf(file).objects.values()].filter((o) => nameOf(dictOf(o.value)?.get('Subtype')) === 'Image').length;
      const figures = (file: Buffer) => [...parsePdf(file).objects.values()].filter((o) => nameOf(dictOf(o.value)?.get('S')) === 'Figure' && dictOf(o.value)?.has('Alt')).length;
      expect([images(sv), images(pdf)]).toEqual([0, 1]);
      expect(figures(pdf)).toBe(figures(sv) + 1);
      expect((await pdfInfo(pdf)).pages).toBe(1);
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      for (const shown of [VIEW.holderName, VIEW.competences.at(-1) as string, VIEW.verifyUrl]) expect(text).toContain(shown);
    });

    it('rejects a malformed view', async () => {
      await expect(renderer.render({ ...VIEW, issuedOn: '23/11/2026' }, ATTACHMENT)).rejects.toThrow(/issuedOn/);
      await expect(renderer.render({ ...VIEW, verifyUrl: ' ' }, ATTACHMENT)).rejects.toThrow(/verifyUrl/);
    });
  });

  describe('QR code', () => {
    it('draws exactly the module matrix of the verification URL', () => {
      const { modules } = createQr(VIEW.verifyUrl, { errorCorrectionLevel: 'M' });
      const rects = figureRects(sv);
      const module = rects[0][3];
      const x0 = Math.min(...rects.map((r) => r[0]));
      const y0 = Math.min(...rects.map((r) => r[1]));
      const drawn = new Set<string>();
      for (const [x, y, w, h] of rects) {
        expect(h).toBeCloseTo(module, 4);
        const row = Math.round((y - y0) / module);
        const column = Math.round((x - x0) / module);
        for (let c = 0; c < Math.round(w / module); c++) drawn.add(`${row},${column + c}`);
      }
      const expected = new Set<string>();
      for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) expected.add(`${r},${c}`);
      expect(drawn.size).toBe(expected.size);
      expect([...drawn].sort()).toEqual([...expected].sort());
      // The finder patterns pin the origin: the top-left module is dark.
      expect(modules.get(0, 0)).toBeTruthy();
    });

    it('links the QR code and the printed URL to the verification page', () => {
      const links = [...parsePdf(sv).objects.values()]
        .map((o) => dictOf(o.value))
        .filter((d) => nameOf(d?.get('Subtype')) === 'Link')
        .map((d) => dictOf(d?.get('A'))?.get('URI'));
      expect(links.length).toBeGreaterThanOrEqual(2);
    });
  });

  describe('attachment', () => {
    it('is listed and saved by a PDF reader with the exact JSON', async () => {
      expect((await attachments(sv)).map((a) => a.name)).toEqual(['credential.json']);
      expect((await detach(sv)).toString('utf8')).toBe(CREDENTIAL);
    });

    it('is a PDF/A-3 associated file with relationship Data and a JSON media type', () => {
      const file = parsePdf(sv);
      const spec = findObject(file, (d) => nameOf(d.get('Type')) === 'Filespec');
      expect(nameOf(dictOf(spec?.value)?.get('AFRelationship'))).toBe('Data');
      const stream = findObject(file, (d) => nameOf(d.get('Type')) === 'EmbeddedFile');
      expect(nameOf(dictOf(stream?.value)?.get('Subtype'))).toBe('application/json');
      const catalog = findObject(file, (d) => nameOf(d.get('Type')) === 'Catalog');
      expect(dictOf(catalog?.value)?.get('AF')).toBeDefined();
    });

    it('is read back by extractAttachment, by default and by name', () => {
      expect(extractAttachment(sv)).toBe(CREDENTIAL);
      expect(extractAttachment(sv, 'credential.json')).toBe(CREDENTIAL);
      expect(extractAttachment(sv, 'other.json')).toBeNull();
      expect(extractAttachment(en)).toBe(CREDENTIAL);
    });

    it('is still read after one character of the name is changed in an uncompressed content stream', async () => {
      expect(shownText(sv).some((t) => t.includes('Öberg-Lindström'))).toBe(true);
      const edited = editShownText(sv, 'Öberg-Lindström', 'ö', 'o');
      // The edit is real: the page now shows another name, and the file changed length.
      expect(await pdfText(edited)).toContain('Åsa Öberg-Lindstrom');
      expect(edited.length).not.toBe(sv.length);
      expect(extractAttachment(edited)).toBe(CREDENTIAL);
      expect(extractAttachment(edited, 'credential.json')).toBe(CREDENTIAL);
    });

    it('is still read with an incremental update appended and bytes altered outside it', async () => {
      const file = parsePdf(sv);
      const info = findObject(file, (d) => d.has('Producer'));
      const icc = findObject(file, (d, o) => !!o.stream && d.get('N') === 3);
      if (!info || !icc?.stream) throw new Error('test fixture: objects not found');
      // Damage the colour profile's bytes, then append an update that retitles the document.
      const damaged = Buffer.from(sv);
      damaged.fill(0x41, icc.stream.start + 10, icc.stream.start + 40);
      const updated = appendUpdate(damaged, [{ num: info.num, value: '<< /Title (Edited) /Producer (Someone) >>' }]);
      expect((await pdfInfo(updated)).title).toBe('Edited');
      expect(extractAttachment(updated)).toBe(CREDENTIAL);
    });

    it('follows an incremental update that replaces the attached file', async () => {
      const file = parsePdf(sv);
      const stream = findObject(file, (d) => nameOf(d.get('Type')) === 'EmbeddedFile');
      if (!stream) throw new Error('test fixture: embedded file not found');
      const replacement = '{"tampered":true}';
      const updated = appendUpdate(sv, [
        { num: stream.num, value: `<< /Type /EmbeddedFile /Subtype /application#2Fjson /Length ${replacement.length} >>`, stream: Buffer.from(replacement) },
      ]);
      expect(extractAttachment(updated)).toBe(replacement);
      expect((await detach(updated)).toString('utf8')).toBe(replacement);
    });

    it('survives a wrong stream length and an uncompressed embedded file', () => {
      const file = parsePdf(sv);
      const stream = findObject(file, (d) => nameOf(d.get('Type')) === 'EmbeddedFile');
      if (!stream) throw new Error('test fixture: embedded file not found');
      const plain = replaceStream(sv, stream, Buffer.from(CREDENTIAL));
      expect(extractAttachment(plain)).toBe(CREDENTIAL);
      const wrongLength = Buffer.from(plain.toString('latin1').replace(`/Length ${Buffer.byteLength(CREDENTIAL)}`, '/Length 7'), 'latin1');
      expect(extractAttachment(wrongLength)).toBe(CREDENTIAL);
    });

    it('returns null for a PDF without attachments and for bytes that are no PDF', async () => {
      const doc = new PDFDocument();
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise((resolve) => doc.on('end', resolve));
      doc.end();
      await done;
      expect(extractAttachment(Buffer.concat(chunks))).toBeNull();
      expect(extractAttachment(Buffer.from('not a pdf'))).toBeNull();
      expect(extractAttachment(sv.subarray(0, 2000))).toBeNull();
    });
  });
});

describe('CertificateRenderer.create', () => {
  it('reads and parses each font file once, however many certificates it renders', async () => {
    const reads = jest.spyOn(fsPromises, 'readFile');
    const spy = jest.spyOn(PDFDocument.prototype, 'registerFont');
    try {
      const renderer = await CertificateRenderer.create({ templatesDir: TEMPLATES });
      const fontReads = () => reads.mock.calls.filter(([path]) => String(path).endsWith('.ttf')).length;
      expect(fontReads()).toBe(2);
      await renderer.render(VIEW, ATTACHMENT);
      await renderer.render({ ...VIEW, language: 'en' }, ATTACHMENT);
      expect(fontReads()).toBe(2);
      // Every document gets the same parsed font objects, not file bytes to parse again.
      const sources = spy.mock.calls.map((call) => call[1]);
      expect(sources).toHaveLength(4);
      expect(sources.some((s) => Buffer.isBuffer(s))).toBe(false);
      expect(sources[0]).toBe(sources[2]);
      expect(sources[1]).toBe(sources[3]);
    } finally {
      reads.mockRestore();
      spy.mockRestore();
    }
  });

  describe('with a template folder of its own', () => {
    let dir: string;
    const write = (sv: string, en = sv) => {
      writeFileSync(join(dir, 'certificate.sv.hbs'), sv);
      writeFileSync(join(dir, 'certificate.en.hbs'), en);
    };

    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'certificate-templates-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('renders an edited template', async () => {
      const original = readFileSync(join(TEMPLATES, 'certificate.sv.hbs'), 'utf8');
      write(original.replace('lead: Härmed intygas att', 'lead: Vi intygar att'), readFileSync(join(TEMPLATES, 'certificate.en.hbs'), 'utf8'));
      const renderer = await CertificateRenderer.create({ templatesDir: dir });
      expect(flat(await pdfText(await renderer.render(VIEW, ATTACHMENT)))).toContain('Vi intygar att Åsa Öberg-Lindström');
    });

    it('fails at creation on an unknown block kind, naming the file and line', async () => {
      write('title: {{documentTitle}}\nbanner: {{holderName}}');
      await expect(CertificateRenderer.create({ templatesDir: dir })).rejects.toThrow(TemplateError);
      await expect(CertificateRenderer.create({ templatesDir: dir })).rejects.toThrow(/certificate\.(sv|en)\.hbs: line 2/);
    });

    it('fails at creation on a misspelt field', async () => {
      write('title: {{documentTitel}}');
      await expect(CertificateRenderer.create({ templatesDir: dir })).rejects.toThrow(/documentTitel/);
    });

    it('fails at creation when a language is missing', async () => {
      writeFileSync(join(dir, 'certificate.sv.hbs'), 'title: {{documentTitle}}');
      await expect(CertificateRenderer.create({ templatesDir: dir })).rejects.toThrow(/certificate\.en\.hbs/);
    });
  });
});
