/** Swedish texts of this feature; the app merges every feature's slice (apps/web/src/app/i18n). */
export const organisationsSv = {
  organisations: {
    title: 'Organisationer',
    heading: 'Organisationer',
    intro:
      'De regionala föreningar som driver utbildningen. Skapa en organisation tillsammans med dess första administratör. Administratören skapar sedan organisationens konton och kullar.',
    create: {
      heading: 'Ny organisation',
      name: 'Namn',
      slug: 'Kortnamn',
      slugHint: 'Små bokstäver a–z, siffror och bindestreck (inte först eller sist), till exempel nsph-skane. Kortnamnet används i webbadresser.',
      administrator: 'Organisationens administratör',
      administratorHint: 'Administratören får rollen utbildningsansvarig och ett tillfälligt lösenord, och väljer ett eget vid första inloggningen.',
      adminName: 'Administratörens namn',
      adminEmail: 'Administratörens e-post',
      submit: 'Skapa organisation',
    },
    created: {
      heading: '{{name}} är skapad',
      intro: 'Ge {{admin}} det tillfälliga lösenordet på ett säkert sätt. Hen loggar in med {{email}} och väljer sedan ett eget lösenord.',
      password: 'Tillfälligt lösenord för {{admin}}',
      onlyOnce: 'Lösenordet visas bara nu. När du stänger rutan går det inte att se det igen.',
    },
    list: {
      heading: 'Alla organisationer',
      caption: 'Antal organisationer: {{count}}',
      empty: 'Det finns inga organisationer än.',
      loadFailed: 'Det gick inte att hämta organisationerna.',
      name: 'Namn',
      slug: 'Kortnamn',
      administrators: 'Administratörer',
      noAdministrators: 'Ingen aktiv administratör',
      createdAt: 'Skapad',
      actions: 'Åtgärder',
    },
    addAdmin: {
      open: 'Lägg till administratör',
      openLabel: 'Lägg till administratör för {{name}}',
      heading: 'Lägg till administratör för {{name}}',
      name: 'Namn',
      email: 'E-post',
      submit: 'Lägg till',
      notFound: 'Organisationen finns inte längre. Ladda om sidan.',
      added: '{{admin}} är administratör för {{name}}',
    },
  },
} as const;
