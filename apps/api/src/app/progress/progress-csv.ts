import type { CohortProgressDto } from '@peer/contract';

const HEADINGS = {
  sv: { name: 'Namn', certifiable: 'Kan certifieras', yes: 'Ja', no: 'Nej', met: 'Uppfyllt' },
  en: { name: 'Name', certifiable: 'Certifiable', yes: 'Yes', no: 'No', met: 'Met' },
} as const;

/** The leader's matrix as CSV: one row per trainee, one column per requirement. */
export function progressCsv(progress: CohortProgressDto, lang: 'sv' | 'en'): string {
  const words = HEADINGS[lang];
  const header = [words.name, words.certifiable, ...progress.requirements.map((r) => r.label[lang])];
  const rows = progress.rows.map((row) => [
    row.name,
    row.certifiable ? words.yes : words.no,
    ...progress.requirements.map((r) => {
      const cell = row.cells[r.id];
      return !cell ? '' : cell.status === 'met' ? words.met : cell.reason[lang];
    }),
  ]);
  // A BOM makes spreadsheet programs read å, ä and ö right.
  return '\uFEFF' + [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
