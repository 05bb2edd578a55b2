import { errorCodesSv } from './error-codes.sv';

/**
 * Swedish words every feature shares; the app merges them with every feature's slice.
 * Form messages: `validation.fields.<field>.<rule>` wins over `validation.rules.<rule>`.
 */
export const sharedSv = {
  app: {
    name: 'PEER Academy',
  },
  roles: {
    admin: 'Utbildningsansvarig',
    course_leader: 'Kursledare',
    trainee: 'Kursdeltagare',
    national_admin: 'Nationell administratör',
    plural: {
      admin: 'Utbildningsansvariga',
      course_leader: 'Kursledare',
      trainee: 'Kursdeltagare',
      national_admin: 'Nationella administratörer',
    },
  },
  common: {
    loading: 'Laddar …',
    retry: 'Försök igen',
    done: 'Klar',
    cancel: 'Avbryt',
    copy: 'Kopiera',
    copied: 'Kopierat',
    copiedToClipboard: 'Kopierat till urklipp.',
    comingSoon: 'Kommer snart',
  },
  errors: {
    checkFields: 'Något behöver rättas. Se meddelandena vid fälten.',
    network: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    forbidden: 'Du har inte behörighet att göra det här.',
    tooManyRequests: 'För många försök. Vänta en stund och försök igen.',
    server: 'Något gick fel hos oss. Försök igen om en stund.',
    unexpected: 'Något gick fel. Försök igen.',
    /** By the API's `code` (`API_ERROR_CODES`). */
    line: 'Rad {{line}}',
    codes: errorCodesSv,
  },
  validation: {
    invalid: 'Värdet är inte giltigt.',
    rules: {
      required: 'Fyll i fältet.',
      email: 'Ange en giltig e-postadress, till exempel namn@exempel.se.',
      isEmail: 'Ange en giltig e-postadress, till exempel namn@exempel.se.',
      maxLength: 'Texten är för lång.',
      isLength: 'Texten har fel längd.',
      isIn: 'Välj ett av alternativen.',
      unique: 'Värdet används redan.',
      enrolled: 'Personen är redan inskriven i kullen.',
      invited: 'Personen är redan inbjuden till kullen.',
    },
    fields: {
      email: {
        required: 'Ange en e-postadress.',
        unique: 'Det finns redan ett konto med den här e-postadressen.',
      },
      password: {
        required: 'Ange ditt lösenord.',
      },
      currentPassword: {
        required: 'Ange ditt nuvarande lösenord.',
        matchesCurrent: 'Det nuvarande lösenordet stämmer inte.',
      },
      newPassword: {
        required: 'Ange ett nytt lösenord.',
        minLength: 'Lösenordet måste ha minst {{min}} tecken.',
        maxLength: 'Lösenordet får ha högst {{max}} tecken.',
        isLength: 'Lösenordet måste ha {{min}}–{{max}} tecken.',
        differsFromCurrent: 'Det nya lösenordet måste skilja sig från det nuvarande.',
      },
      confirmPassword: {
        required: 'Skriv det nya lösenordet en gång till.',
        mismatch: 'Lösenorden är inte likadana.',
      },
      name: {
        required: 'Ange ett namn.',
        maxLength: 'Namnet får ha högst 120 tecken.',
        isLength: 'Ange ett namn med högst 120 tecken.',
        matches: 'Ange ett namn.',
      },
      slug: {
        required: 'Ange ett kortnamn.',
        minLength: 'Kortnamnet måste ha minst 2 tecken.',
        maxLength: 'Kortnamnet får ha högst 40 tecken.',
        isLength: 'Ange ett kortnamn med 2–40 tecken.',
        pattern: 'Använd bara små bokstäver a–z, siffror och bindestreck (inte först eller sist), till exempel nsph-skane.',
        matches: 'Använd bara små bokstäver a–z, siffror och bindestreck (inte först eller sist), till exempel nsph-skane.',
      },
      role: {
        required: 'Välj en roll.',
        isIn: 'Välj kursledare eller kursdeltagare.',
      },
      courseId: {
        required: 'Välj en kurs.',
      },
      version: {
        required: 'Välj en version.',
        published: 'Kursen har ingen publicerad version med det numret.',
      },
      date: {
        required: 'Ange ett datum.',
        matches: 'Ange datumet som ÅÅÅÅ-MM-DD.',
        isDateString: 'Ange ett datum som finns i kalendern.',
      },
      startTime: {
        required: 'Ange när dagen börjar.',
        matches: 'Ange tiden som TT:MM.',
      },
      endTime: {
        required: 'Ange när dagen slutar.',
        matches: 'Ange tiden som TT:MM.',
        afterStart: 'Dagen måste sluta efter att den har börjat.',
      },
      place: {
        required: 'Ange en plats.',
        maxLength: 'Platsen får ha högst 200 tecken.',
        isLength: 'Ange en plats med högst 200 tecken.',
      },
      dayNumber: {
        required: 'Välj en dag.',
      },
      unitName: {
        required: 'Ange enhetens namn.',
        minLength: 'Ange minst 2 tecken.',
        maxLength: 'Namnet får ha högst 200 tecken.',
        isLength: 'Ange 2–200 tecken.',
      },
      organisation: {
        required: 'Ange organisationen, till exempel regionen eller kommunen.',
        minLength: 'Ange minst 2 tecken.',
        maxLength: 'Organisationen får ha högst 200 tecken.',
        isLength: 'Ange 2–200 tecken.',
      },
      hours: {
        required: 'Ange hur många timmar besöket var.',
        hours: 'Ange 0,5–24 timmar med högst en decimal, till exempel 3,5.',
        isNumber: 'Ange 0,5–24 timmar med högst en decimal, till exempel 3,5.',
        min: 'Besöket måste vara minst 0,5 timmar.',
        max: 'Besöket kan vara högst 24 timmar.',
      },
      hostEmail: {
        required: 'Ange värdens e-postadress.',
        domainNotAllowed: 'Värdens e-postadress måste höra till en av de organisationer som utbildningen samarbetar med. Fråga kursledaren om du är osäker.',
        mailLimit: 'Det har skickats så många bekräftelselänkar i dag att fler inte skickas förrän i morgon.',
      },
      requirementId: {
        required: 'Välj vilket studiebesök det gäller.',
        inCourse: 'Studiebesöket finns inte i din kurs.',
        matchesRequirement: 'Typen av enhet stämmer inte med studiebesöket.',
      },
      answer: {
        required: 'Svara på frågan.',
        maxLength: 'Svaret får ha högst 3000 tecken.',
      },
      reflection: {
        required: 'Skriv din reflektion.',
        maxLength: 'Reflektionen får ha högst 2000 tecken.',
      },
      comment: {
        required: 'Skriv en kommentar till deltagaren.',
        maxLength: 'Kommentaren får ha högst 2000 tecken.',
      },
      reason: {
        required: 'Skriv en anledning.',
        minLength: 'Skriv minst 3 tecken.',
        maxLength: 'Anledningen får ha högst 500 tecken.',
        isLength: 'Skriv 3–500 tecken.',
      },
      holderName: {
        required: 'Ange namnet som ska stå på intyget.',
        maxLength: 'Namnet får ha högst 120 tecken.',
        matches: 'Ange ett namn.',
      },
      note: {
        required: 'Skriv en anteckning.',
        maxLength: 'Anteckningen får ha högst 1000 tecken.',
        isLength: 'Anteckningen får ha högst 1000 tecken.',
      },
      issuer: {
        required: 'Ange leverantörens adress.',
        maxLength: 'Adressen får ha högst 500 tecken.',
        matches: 'Ange en https-adress.',
      },
      clientId: {
        required: 'Ange klient-id.',
        maxLength: 'Klient-id får ha högst 200 tecken.',
        isLength: 'Ange ett klient-id med 1–200 tecken.',
        matches: 'Klient-id får inte innehålla mellanslag.',
      },
      clientSecret: {
        required: 'Ange klienthemligheten.',
        maxLength: 'Klienthemligheten får ha högst 500 tecken.',
        isLength: 'Ange en klienthemlighet med 1–500 tecken.',
      },
      identityClaim: {
        maxLength: 'Anspråkets namn får ha högst 200 tecken.',
        isLength: 'Ange ett anspråk med 1–200 tecken.',
        matches: 'Anspråkets namn får inte innehålla mellanslag.',
      },
      identityScope: {
        maxLength: 'Scopet får ha högst 200 tecken.',
        isLength: 'Ange ett scope med 1–200 tecken.',
        matches: 'Ange ett enda scope, utan mellanslag eller citattecken.',
      },
      personalIdentityNumber: {
        required: 'Ange ett giltigt personnummer med århundrade, ÅÅÅÅMMDD-NNNN.',
        personalIdentityNumber: 'Ange ett giltigt personnummer med århundrade, ÅÅÅÅMMDD-NNNN.',
        unique: 'Ett annat konto i organisationen har redan det personnumret.',
      },
      title: {
        required: 'Ange en titel.',
        maxLength: 'Titeln får ha högst 120 tecken.',
        isLength: 'Ange en titel med högst 120 tecken.',
        matches: 'Ange en titel.',
      },
    },
  },
  attendanceStatus: {
    present: 'Närvarande',
    late: 'Sen',
    absent_excused: 'Frånvarande (giltig)',
    absent_unexcused: 'Frånvarande (ogiltig)',
    none: 'Inte registrerad',
  },
  requirementState: {
    met: 'Uppfyllt',
    pending: 'Återstår',
    failed: 'Kan inte uppfyllas',
  },
  requirementStateShort: {
    met: 'Klar',
    pending: 'Kvar',
    failed: 'Ej möjlig',
  },
  requirementKinds: {
    attendance: 'Närvaro',
    'attendance-limit': 'Frånvarogräns',
    'role-play': 'Rollspel',
    'study-visit': 'Studiebesök',
    enrolment: 'Inskrivning',
    prerequisite: 'Förkunskapskrav',
  },
  privacy: {
    reminder: 'Skriv inte om patienter eller andra personer som kan kännas igen.',
  },
  cohortActions: {
    heading: 'Att göra',
    none: 'Inget väntar på dig i kullen just nu.',
    attendance: 'Närvaro saknas för genomförda dagar: {{count}}',
    makeUps: 'Dagar att ta igen: {{count}}',
    visits: 'Studiebesök att godkänna: {{count}}',
    rolePlays: 'Rollspel kvar att observera: {{count}}',
    certify: 'Klara att certifiera: {{count}}',
    loadFailed: 'Det gick inte att hämta vad som väntar.',
  },
  calendarFeed: {
    heading: 'Kalender',
    introCohort:
      'En privat kalenderlänk med kullens kursdagar. Prenumerera på den i din kalender, så följer ändringar i schemat med. Den som har länken kan se schemat, så dela den bara med kullens kursledare.',
    introOwn: 'En privat kalenderlänk med dina kursdagar. Prenumerera på den i din kalender, så följer ändringar i schemat med. Dela den inte med andra.',
    create: 'Skapa kalenderlänk',
    createAnother: 'Skapa en ny kalenderlänk',
    created: 'Kalenderlänken är skapad.',
    subscribeHint: 'Lägg till adressen som en prenumeration (”Lägg till kalender från webben”) i din kalenderapp.',
    urlLabel: 'Kalenderadress',
    onlyOnce: 'Adressen visas bara nu. Om du tappar bort den kan du återkalla länken och skapa en ny.',
    createdAt: 'Kalenderlänk skapad {{date}}',
    revoke: 'Återkalla',
    revoked: 'Kalenderlänken är återkallad och slutar fungera.',
    none: 'Det finns ingen kalenderlänk än.',
    loadFailed: 'Det gick inte att hämta kalenderlänkarna.',
    failed: 'Det gick inte.',
  },
  oneTimeSecret: {
    copyByHand: 'Texten är markerad. Kopiera den med Ctrl+C (⌘+C på Mac).',
  },
  traineeSections: {
    loadFailed: 'Det gick inte att hämta din utbildning.',
    none: 'Du är inte inskriven i någon kull än. Kontakta din kursledare om du tror att det är fel.',
    nav: 'Delar av min utbildning',
    overview: 'Översikt',
    schedule: 'Schema och närvaro',
    practice: 'Rollspel och studiebesök',
    certificates: 'Intyg',
    supervision: 'Handledning',
    myData: 'Integritet',
    titles: {
      overview: 'Min utbildning',
      schedule: 'Schema och närvaro – Min utbildning',
      practice: 'Rollspel och studiebesök – Min utbildning',
      certificates: 'Intyg – Min utbildning',
      supervision: 'Handledning – Min utbildning',
      myData: 'Integritet – Min utbildning',
    },
  },
  makeUpErrors: {
    'method-not-allowed': 'Kursversionen tillåter inte att dagen tas igen på det sättet.',
    'no-absence': 'Det finns ingen frånvaro registrerad den dagen.',
    'already-made-up': 'Dagen är redan tagen igen.',
    'already-open': 'Det finns redan en fråga eller bokning för den dagen.',
    'not-requested': 'Frågan är redan besvarad.',
    'not-open': 'Bokningen är redan avslutad.',
    'guest-recorded': 'Närvaron är redan registrerad.',
    withdrawn: 'Deltagaren har lämnat kullen.',
  },
} as const;
