import type { CohortProgressDto } from '@peer/contract';
import { spreadsheetCsv } from '../common/csv';

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
  return spreadsheetCsv([header, ...rows]);
}
