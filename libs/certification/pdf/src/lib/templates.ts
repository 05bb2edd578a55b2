import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Block, escapeValue, parseBlocks } from './block-format';
import { handlebars } from './engines';
import type { CertificateView } from './certificate-view';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const templateFileName = (language: Language): string => `certificate.${language}.hbs`;

/** What a template sees: every text value escaped for the block format, numbers formatted for the language. */
export interface TemplateContext {
  language: Language;
  documentTitle: string;
  holderName: string;
  courseTitle: string;
  courseVersion: string;
  description: string;
  trainings: { title: string; hours: string; completedOn: string }[];
  totalHours: string;
  competences: string[];
  practicals: string[];
  issuedOn: string;
  issuerName: string;
  issuerUrl: string;
  signatory: string;
  code: string;
  verifyUrl: string;
  attachmentName: string;
}

export function formatNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 10) / 10);
  return language === 'sv' ? text.replace('.', ',') : text;
}

export function templateContext(view: CertificateView, attachmentName: string): TemplateContext {
  const lang = view.language;
  const e = escapeValue;
  return {
    language: lang,
    documentTitle: e(view.documentTitle),
    holderName: e(view.holderName),
    courseTitle: e(view.courseTitle),
    courseVersion: formatNumber(view.courseVersion, lang),
    description: e(view.description),
    trainings: view.trainings.map((t) => ({
      title: e(t.title),
      hours: formatNumber(t.hours, lang),
      completedOn: e(t.completedOn ?? ''),
    })),
    totalHours: formatNumber(view.totalHours, lang),
    competences: view.competences.map(e).filter(Boolean),
    practicals: view.practicals.map(e).filter(Boolean),
    issuedOn: e(view.issuedOn),
    issuerName: e(view.issuerName),
    issuerUrl: e(view.issuerUrl ?? ''),
    signatory: e(view.signatory ?? ''),
    code: e(view.code),
    verifyUrl: e(view.verifyUrl),
    attachmentName: e(attachmentName),
  };
}

/** A view with every field filled, used to check templates when they are loaded. */
export function sampleView(language: Language): CertificateView {
  return {
    language,
    documentTitle: 'Yrkesbevis: certifierad peer supporter',
    holderName: 'Åsa Öberg-Lindström',
    courseTitle: 'Grundutbildning för peer supporter',
    courseVersion: 1,
    description: 'Beskrivning',
    trainings: [{ title: 'Grundutbildning', hours: 84, completedOn: '2026-01-01' }, { title: 'Modul', hours: 16 }],
    totalHours: 100,
    competences: ['Kompetens'],
    practicals: ['Rollspel'],
    issuedOn: '2026-01-01',
    issuerName: 'Utfärdare',
    issuerUrl: 'https://example.org',
    signatory: 'Namn Namnsson, verksamhetsledare',
    code: 'CODE',
    verifyUrl: 'https://example.org/verify/CODE',
  };
}

export class TemplateError extends Error {
  constructor(file: string, cause: unknown) {
    super(`certificate template ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'TemplateError';
  }
}

type Compiled = (context: TemplateContext) => string;

/** The certificate templates of one folder, compiled once and checked against a sample. */
export class CertificateTemplates {
  private constructor(
    private readonly compiled: Record<Language, Compiled>,
    /** Every character of the template files, once each: what their fixed wording may show. */
    readonly characters: string,
  ) {}

  static async load(dir: string): Promise<CertificateTemplates> {
    // An isolated environment: helpers or partials registered elsewhere in the process do not leak in.
    const hbs = handlebars().create();
    const compiled = {} as Record<Language, Compiled>;
    const characters = new Set<string>();
    await Promise.all(
      LANGUAGES.map(async (language) => {
        const file = templateFileName(language);
        let source: string;
        try {
          source = await readFile(join(dir, file), 'utf8');
        } catch (error) {
          throw new TemplateError(join(dir, file), error);
        }
        for (const char of source) characters.add(char);
        try {
          const template = hbs.compile<TemplateContext>(source, { noEscape: true, strict: true });
          compiled[language] = (context) => template(context);
          // Compilation is lazy and strict mode only fails on use: render a sample with and
          // without the optional parts, so a typo fails at start-up instead of at issuing.
          for (const view of [sampleView(language), { ...sampleView(language), issuerUrl: undefined, competences: [], practicals: [] }]) {
            parseBlocks(compiled[language](templateContext(view, 'credential.json')));
          }
        } catch (error) {
          throw new TemplateError(file, error);
        }
      }),
    );
    return new CertificateTemplates(compiled, [...characters].join(''));
  }

  blocks(view: CertificateView, attachmentName: string): Block[] {
    const file = templateFileName(view.language);
    try {
      return parseBlocks(this.compiled[view.language](templateContext(view, attachmentName)));
    } catch (error) {
      throw new TemplateError(file, error);
    }
  }
}
