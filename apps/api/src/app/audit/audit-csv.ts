import type { AuditEventDto } from '@peer/contract';
import { spreadsheetCsv } from '../common/csv';

/** e.g. `2026-12-02 14:05:03`, Swedish time. */
const AT = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'medium' });

const HEADERS = {
  sv: ['Tidpunkt', 'Utförd av', 'Roll', 'Händelse', 'Gäller', 'Id', 'Personer'],
  en: ['Time', 'Done by', 'Role', 'Action', 'Subject', 'Id', 'People'],
} as const;

/** The audit trail as Swedish Excel reads it: one row per event, its people's names in one cell. */
export function auditCsv(events: AuditEventDto[], lang: 'sv' | 'en'): string {
  return spreadsheetCsv([
    HEADERS[lang],
    ...events.map((event) => [
      AT.format(new Date(event.at)),
      event.actor?.name ?? '',
      event.actor?.role ?? '',
      event.action,
      event.subjectType,
      event.subjectId ?? '',
      event.people.map((p) => p.name).join(', '),
    ]),
  ]);
}
