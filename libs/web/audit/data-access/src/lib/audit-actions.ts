import { AUDIT_ACTIONS } from '@peer/contract';

/** The action codes, in the contract's order, for the administrators' filter. */
export const AUDIT_ACTION_CODES = AUDIT_ACTIONS;

const KNOWN = new Set<string>(AUDIT_ACTION_CODES);

/**
 * The translation key naming an action code (`audit.actions.cohort-roster-view`), or null for a
 * code this version of the web does not know yet: the page then shows the code itself.
 * Dots become dashes because the translation keys are nested by dots.
 */
export function auditActionKey(action: string): string | null {
  return KNOWN.has(action) ? `audit.actions.${action.replaceAll('.', '-')}` : null;
}

/** Formats an instant (ISO 8601) in Swedish time, with the time of day to the second. */
export function formatAuditTime(iso: string, language: 'sv' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(date);
}
