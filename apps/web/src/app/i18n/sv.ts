/**
 * Swedish texts, the default language. Keys are grouped by feature; `en.ts` must have
 * exactly the same keys (checked by the compiler and by `translations.spec.ts`).
 * Parameters use the `{{name}}` syntax of ngx-translate.
 *
 * Form messages: `validation.fields.<field>.<rule>` wins over `validation.rules.<rule>`;
 * rules are the client's (`required`, `email`, `minLength`, …) and the API's
 * (`isEmail`, `isLength`, `unique`, `matchesCurrent`, …).
 */
export const sv = {
  app: {
    name: 'PEER Academy',
  },
  shell: {
    skipToContent: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    home: 'Start',
    users: 'Användare',
    account: 'Konto',
    changePassword: 'Byt lösenord',
    signedInAs: 'Inloggad som',
    signOut: 'Logga ut',
    signOutFailed: 'Det gick inte att logga ut. Kontrollera anslutningen och försök igen.',
    footer: 'PEER Academy – utbildning och certifiering av peer supporters',
  },
  language: {
    // The switch offers the other language, named in that language.
    switchTo: 'English',
    switchToCode: 'en',
  },
  roles: {
    admin: 'Utbildningsansvarig',
    course_leader: 'Kursledare',
    trainee: 'Kursdeltagare',
    plural: {
      admin: 'Utbildningsansvariga',
      course_leader: 'Kursledare',
      trainee: 'Kursdeltagare',
    },
  },
  common: {
    loading: 'Laddar …',
    retry: 'Försök igen',
    done: 'Klar',
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
      role: {
        required: 'Välj en roll.',
        isIn: 'Välj kursledare eller kursdeltagare.',
      },
    },
  },
  auth: {
    login: {
      title: 'Logga in',
      heading: 'Logga in',
      intro: 'Logga in med din e-postadress och ditt lösenord.',
      email: 'E-post',
      password: 'Lösenord',
      submit: 'Logga in',
      wrongCredentials: 'Fel e-postadress eller lösenord.',
      tooManyAttempts: 'För många inloggningsförsök. Vänta en stund och försök igen.',
      sessionExpired: 'Du har loggats ut. Logga in igen för att fortsätta.',
    },
    changePassword: {
      title: 'Byt lösenord',
      heading: 'Byt lösenord',
      intro: 'Välj ett nytt lösenord som bara du känner till.',
      requiredIntro:
        'Du loggade in med ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.',
      current: 'Nuvarande lösenord',
      new: 'Nytt lösenord',
      newHint: 'Minst {{min}} tecken. En mening med flera ord är lätt att minnas och svår att gissa.',
      confirm: 'Upprepa det nya lösenordet',
      submit: 'Spara nytt lösenord',
      success: 'Ditt lösenord är bytt.',
    },
  },
  home: {
    title: 'Start',
    greeting: 'Välkommen, {{name}}',
    signedInAs: {
      admin: 'Du är inloggad som utbildningsansvarig.',
      course_leader: 'Du är inloggad som kursledare.',
      trainee: 'Du är inloggad som kursdeltagare.',
    },
    admin: {
      heading: 'Användare',
      text: 'Skapa konton för kursledare och kursdeltagare och se vilka som har konto.',
      usersLink: 'Hantera användare',
    },
    courseLeader: {
      heading: 'Mina kullar',
      text: 'Här samlas snart dina kullar: kursdagar, närvaro, rollspel och studiebesök som väntar på ditt godkännande.',
    },
    trainee: {
      heading: 'Min utbildning',
      text: 'Här kommer du att följa din grundutbildning: kursdagar, moduler, studiebesök och reflektioner, och hitta dina intyg.',
    },
    account: {
      heading: 'Mitt konto',
      text: 'Du loggar in med {{email}}.',
      changePassword: 'Byt lösenord',
    },
  },
  users: {
    title: 'Användare',
    heading: 'Användare',
    intro: 'Skapa konton för kursledare och kursdeltagare. Varje ny användare får ett tillfälligt lösenord och väljer ett eget vid första inloggningen.',
    create: {
      heading: 'Skapa konto',
      name: 'Namn',
      email: 'E-post',
      role: 'Roll',
      submit: 'Skapa konto',
    },
    temporaryPassword: {
      heading: 'Kontot för {{name}} är skapat',
      intro: 'Ge personen det tillfälliga lösenordet på ett säkert sätt. Hen loggar in med {{email}} och väljer sedan ett eget lösenord.',
      label: 'Tillfälligt lösenord',
      copyByHand: 'Lösenordet är markerat. Kopiera det med Ctrl+C (⌘+C på Mac).',
      onlyOnce: 'Lösenordet visas bara nu. När du stänger rutan går det inte att se det igen.',
    },
    list: {
      heading: 'Alla konton',
      filter: 'Visa',
      allRoles: 'Alla roller',
      caption: 'Antal konton: {{count}}',
      empty: 'Inga konton att visa.',
      loadFailed: 'Det gick inte att hämta kontona.',
      name: 'Namn',
      email: 'E-post',
      role: 'Roll',
      status: 'Status',
      active: 'Aktivt',
      pendingPassword: 'Har inte bytt lösenord',
    },
  },
  notFound: {
    title: 'Sidan finns inte',
    heading: 'Sidan finns inte',
    text: 'Adressen kan vara felstavad, eller så har sidan flyttats.',
    home: 'Till startsidan',
  },
} as const;
