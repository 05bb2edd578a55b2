import type { AuditAction } from '@peer/contract';

/** Every action code of the contract, once: the compiler checks that none is missing or extra. */
const ACTIONS: Record<AuditAction, true> = {
  'auth.login': true,
  'user.password_change': true,
  'user.list': true,
  'user.create': true,
  'user.deactivate': true,
  'user.reactivate': true,
  'user.reset-password': true,
  'user.role-change': true,
  'cohort.create': true,
  'cohort.roster.view': true,
  'cohort.leaders.set': true,
  'course_day.schedule': true,
  'course_day.move': true,
  'enrolment.create': true,
  'enrolment.withdraw': true,
  'invitation.create': true,
  'invitation.view': true,
  'invitation.cancel': true,
  'invitation.accept': true,
  'invitation.decline': true,
  'attendance.view': true,
  'attendance.change': true,
  'attendance.history.view': true,
  'make_up.candidates.view': true,
  'make_up.record': true,
  'make_up.bookings.view': true,
  'make_up.book': true,
  'make_up.cancel': true,
  'make_up.guests.view': true,
  'make_up.guest.attendance': true,
  'supervision_group.create': true,
  'supervision_group.view': true,
  'supervision_session.record': true,
  'study_visit.view': true,
  'study_visit.approve': true,
  'study_visit.return': true,
  'role_play.view': true,
  'role_play.start': true,
  'role_play.save': true,
  'role_play.sign': true,
  'progress.view': true,
  'progress.cohort.view': true,
  'progress.export.csv': true,
  'certificate.issue': true,
  'certificate.issue_cohort': true,
  'certificate.issue_cohort_retry': true,
  'certificate.revoke': true,
  'certificate.reissue': true,
  'certificate.list': true,
  'certificate.download': true,
  'certificate.renewal.view': true,
  'certificate.renew': true,
  'certification_job.view': true,
  'curriculum.publish': true,
  'privacy.export': true,
  'privacy.erasure_requests.list': true,
  'privacy.erase': true,
  'audit.view': true,
  'audit.export.csv': true,
};

/** The action codes, in the contract's order, for the administrators' filter. */
export const AUDIT_ACTION_CODES = Object.keys(ACTIONS) as AuditAction[];

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
