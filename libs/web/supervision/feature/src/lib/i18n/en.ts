import type { TranslationShape } from '@peer/web/shared/util';
import type { supervisionSv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const supervisionEn: TranslationShape<typeof supervisionSv> = {
  supervision: {
    title: 'Supervision',
    heading: 'Supervision',
    intro: 'Your supervision groups of peer supporters after placement. Record sessions and attendance.',
    none: 'You have no supervision groups yet. An administrator creates the groups.',
    loadFailed: 'Supervision could not be loaded.',
    supervisors: 'Supervisors',
    members: 'Members',
    sessions: 'Sessions',
    noSessions: 'No sessions recorded yet.',
    date: 'Date',
    startTime: 'Start time',
    minutes: 'Length (minutes)',
    place: 'Place (optional)',
    supervisor: 'Supervisor',
    attendance: 'Attendance',
    present: 'Present',
    absent: 'Absent',
    presentCount: '{{present}} of {{total}} present',
    newSession: 'Record a session',
    record: 'Save the session',
    recorded: 'The session on {{date}} is recorded.',
    mine: {
      heading: 'My supervision',
      intro: 'Group sessions with a supervisor after placement, weekly at first and later monthly.',
      none: 'You have no supervision sessions yet.',
      totalHours: 'Hours attended in all',
      hoursInYear: 'Hours in {{year}}',
      hours: '{{hours}} h',
      group: 'Group',
      reflection: 'Your reflection (only you see it)',
      reflect: 'Save the reflection',
      reflected: 'The reflection is saved.',
      notAttended: 'You were not at this session.',
    },
  },
};
