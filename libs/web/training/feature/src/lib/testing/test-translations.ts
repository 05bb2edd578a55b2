// The texts the unit tests need, in Swedish; the app's full texts are in apps/web/src/app/i18n.
export const TEST_TRANSLATIONS_SV = {
  common: { loading: 'Laddar …', retry: 'Försök igen', cancel: 'Avbryt' },
  errors: { server: 'Något gick fel hos oss.', unexpected: 'Något gick fel.' },
  attendanceStatus: {
    present: 'Närvarande',
    late: 'Sen',
    absent_excused: 'Frånvarande (giltig)',
    absent_unexcused: 'Frånvarande (ogiltig)',
    none: 'Inte registrerad',
  },
  requirementState: { met: 'Uppfyllt', pending: 'Återstår', failed: 'Kan inte uppfyllas' },
  requirementKinds: { attendance: 'Närvaro', 'attendance-limit': 'Frånvarogräns', 'role-play': 'Rollspel', enrolment: 'Inskrivning' },
  cohorts: {
    schedule: { time: '{{start}}–{{end}}' },
    calendar: { heading: 'Kalender', create: 'Skapa kalenderlänk', none: 'Det finns ingen kalenderlänk än.' },
  },
  training: {
    heading: 'Min utbildning',
    none: 'Du är inte inskriven i någon kull än.',
    summary: '{{met}} av {{total}} krav uppfyllda',
    notCertifiable: 'Du uppfyller inte alla krav än.',
    missing: { heading: 'Det här saknas', none: 'Inget saknas.' },
    makeUps: { heading: 'Att ta igen', none: 'Du har inga dagar att ta igen.' },
    schedule: {
      heading: 'Schema',
      dayTitle: 'Dag {{number}}: {{title}}',
      upcoming: 'Kommande',
      report: 'Anmäl frånvaro',
      reported: 'Frånvaro anmäld',
      reason: 'Anledning (frivillig)',
      send: 'Skicka anmälan',
      reportedMessage: 'Din frånvaro dag {{number}} är anmäld till kursledarna.',
      tooLate: 'Dagen har redan börjat. Kontakta din kursledare.',
    },
  },
};
