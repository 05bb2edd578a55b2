// The texts the unit tests need, in both languages; the app's full texts are in apps/web/src/app/i18n.
export const TEST_TRANSLATIONS = {
  sv: {
    app: { name: 'PEER Academy' },
    common: { loading: 'Laddar …', retry: 'Försök igen' },
    errors: { server: 'Något gick fel hos oss.', unexpected: 'Något gick fel.' },
    curriculum: {
      heading: 'Kursplan',
      loadFailed: 'Det gick inte att hämta kurserna.',
      kinds: { base: 'Grundutbildning', module: 'Fördjupningsmodul', refresher: 'Uppdatering och repetition' },
      facts: { noPrerequisites: 'Inga' },
      versionPublished: 'Version {{version}}, publicerad {{date}}',
      units: {
        hours: { one: '{{count}} timme', other: '{{count}} timmar' },
        minutes: { one: '{{count}} minut', other: '{{count}} minuter' },
      },
      course: {
        loadFailed: 'Det gick inte att hämta kursen.',
        notFound: { heading: 'Kursen finns inte' },
        versionNotFound: { heading: 'Versionen finns inte' },
        versionLink: 'Version {{version}}',
        olderVersion: 'Du läser version {{version}}. Den senaste versionen är {{latest}}.',
        certificate: { heading: 'Intyg' },
        themes: 'Teman',
      },
      days: { heading: 'Kursdagar', sessionsCaption: 'Dagens pass, sammanlagt {{total}}.', dayHeading: 'Dag {{number}}: {{title}}', showAll: 'Visa alla dagar', hideAll: 'Dölj alla dagar' },
      sessionKinds: { lecture: 'Föreläsning', reflection: 'Reflektion', dialogue: 'Samtal', 'role-play': 'Rollspel' },
      rolePlays: { heading: 'Rollspel' },
      studyVisits: { heading: 'Studiebesök', required: 'Krävs för godkänt', recommended: 'Rekommenderas' },
      completion: {
        heading: 'Krav för godkänt',
        attendance: {
          allDays: { one: 'Deltagaren ska vara med på kursdagen.', other: 'Deltagaren ska vara med på alla {{count}} kursdagar.' },
          makeUp: {
            one: 'Högst {{count}} dag med frånvaro får tas igen, {{methods}}.',
            other: 'Högst {{count}} dagar med frånvaro får tas igen, {{methods}}.',
          },
          methods: {
            'other-cohort': 'genom att gå samma kursdag i en annan kull',
            assignment: 'genom en kompletteringsuppgift som kursledaren godkänner',
          },
        },
      },
      publish: {
        heading: 'Publicera kursplanen',
        link: 'Publicera ändringar',
        upToDate: 'Alla kurser är publicerade som de ser ut nu. Det finns inget nytt att publicera.',
        new: 'Ny kurs: blir version 1.',
        changed: 'Version {{version}} blir version {{next}} med {{count}} ändringar:',
        confirm: 'Publicera ({{count}} kurser)',
        done: 'Publicerat: {{count}} nya versioner.',
        createdVersion: '{{course}} version {{version}}',
        invalid: 'Kursplanen har fel och kan inte publiceras. Kör npm run curriculum:check för att se var.',
      },
      changes: { heading: 'Ändringar från version {{from}}', compareWith: 'Jämför med', versionOption: 'Version {{version}}', kinds: { changed: 'Ändrat' }, before: 'Före', after: 'Efter' },
    },
  },
  en: {
    app: { name: 'PEER Academy' },
    common: { loading: 'Loading …', retry: 'Try again' },
    errors: { server: 'Something went wrong on our side.', unexpected: 'Something went wrong.' },
    curriculum: {
      heading: 'Curriculum',
      loadFailed: 'The courses could not be loaded.',
      kinds: { base: 'Base course', module: 'Specialised module', refresher: 'Refresher' },
      facts: { noPrerequisites: 'None' },
      versionPublished: 'Version {{version}}, published {{date}}',
      units: {
        hours: { one: '{{count}} hour', other: '{{count}} hours' },
        minutes: { one: '{{count}} minute', other: '{{count}} minutes' },
      },
      course: {
        loadFailed: 'The course could not be loaded.',
        notFound: { heading: 'Course not found' },
        versionNotFound: { heading: 'Version not found' },
        versionLink: 'Version {{version}}',
        olderVersion: 'You are reading version {{version}}. The latest version is {{latest}}.',
        certificate: { heading: 'Certificate' },
        themes: 'Learning themes',
      },
      days: { heading: 'Course days', sessionsCaption: 'The day’s sessions, {{total}} in all.', dayHeading: 'Day {{number}}: {{title}}', showAll: 'Show all days', hideAll: 'Hide all days' },
      sessionKinds: { lecture: 'Lecture', reflection: 'Reflection', dialogue: 'Dialogue', 'role-play': 'Role-play' },
      rolePlays: { heading: 'Role-plays' },
      studyVisits: { heading: 'Study visits', required: 'Required to pass', recommended: 'Recommended' },
      completion: {
        heading: 'Completion requirements',
        attendance: {
          allDays: { one: 'The trainee attends the course day.', other: 'The trainee attends all {{count}} course days.' },
          makeUp: {
            one: 'At most {{count}} day of absence may be made up, {{methods}}.',
            other: 'At most {{count}} days of absence may be made up, {{methods}}.',
          },
          methods: {
            'other-cohort': 'by attending the same course day in another cohort',
            assignment: 'by a compensatory assignment approved by the course leader',
          },
        },
      },
      changes: { heading: 'Changes from version {{from}}', kinds: { changed: 'Changed' }, before: 'Before', after: 'After' },
    },
  },
};
