import type { Role } from './roles';

/**
 * The action codes the product records, so that the web can name each one in every language.
 * Views, exports and changes are kept apart: `*.view`/`*.list` read, `*.export.*` and
 * `*.download` take data out, the rest change something.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'user.password_change',
  'user.list',
  'user.create',
  'user.deactivate',
  'user.reactivate',
  'user.reset-password',
  'user.role-change',
  'cohort.create',
  'cohort.roster.view',
  'cohort.leaders.set',
  'course_day.schedule',
  'course_day.move',
  'enrolment.create',
  'enrolment.withdraw',
  'invitation.create',
  'invitation.view',
  'invitation.cancel',
  'invitation.accept',
  'invitation.decline',
  'attendance.view',
  'attendance.change',
  'attendance.history.view',
  'make_up.candidates.view',
  'make_up.record',
  'make_up.bookings.view',
  'make_up.book',
  'make_up.cancel',
  'make_up.guests.view',
  'make_up.guest.attendance',
  'study_visit.view',
  'study_visit.approve',
  'study_visit.return',
  'supervision_group.create',
  'supervision_group.view',
  'supervision_session.record',
  'role_play.view',
  'role_play.start',
  'role_play.save',
  'role_play.sign',
  'progress.view',
  'progress.cohort.view',
  'progress.export.csv',
  'certificate.issue',
  'certificate.issue_cohort',
  'certificate.issue_cohort_retry',
  'certificate.revoke',
  'certificate.reissue',
  'certificate.list',
  'certificate.download',
  'certificate.renewal.view',
  'certificate.renew',
  'certification_job.view',
  'curriculum.publish',
  'privacy.export',
  'privacy.erasure_requests.list',
  'privacy.erase',
  'audit.view',
  'audit.export.csv',
  'organisation.create',
  'signing-key.rotate',
  'identity-provider.set',
  'identity-provider.remove',
  'identity-provider.link',
  'certificate-signatory.set',
  'certificate-signatory.remove',
  'user.personal-identity.set',
  'user.personal-identity.remove',
  'organisation-logo.set',
  'organisation-logo.remove',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Events per page when the request names none, and the most one request may ask for. */
export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE_SIZE = 200;
/** Names listed with each event of a page; `peopleCount` tells how many there are in all. */
export const AUDIT_PEOPLE_SHOWN = 20;

export class AuditActorDto {
  id!: string;
  /** Whatever the user row holds now: a pseudonym once the person was erased. */
  name!: string;
  role!: Role;
}

export class AuditPersonDto {
  id!: string;
  name!: string;
}

export class AuditEventDto {
  id!: string;
  at!: string;
  /** An `AUDIT_ACTIONS` code (older or newer codes may appear too). */
  action!: string;
  /** Null for the system's own work. */
  actor!: AuditActorDto | null;
  subjectType!: string;
  subjectId!: string | null;
  /** The first `AUDIT_PEOPLE_SHOWN` people whose data the event touched, by name. */
  people!: AuditPersonDto[];
  peopleCount!: number;
}

export class AuditEventPageDto {
  events!: AuditEventDto[];
  total!: number;
  offset!: number;
  limit!: number;
}

/** One staff read, export or change of the signed-in trainee's data. */
export class DataAccessEntryDto {
  id!: string;
  at!: string;
  action!: string;
  staff!: { name: string; role: Role };
}

export class DataAccessPageDto {
  entries!: DataAccessEntryDto[];
  total!: number;
  offset!: number;
  limit!: number;
}
