/** Swedish texts of this feature; the app merges every feature's slice (apps/web/src/app/i18n). */
export const homeSv = {
  home: {
    title: 'Start',
    greeting: 'Välkommen, {{name}}',
    signedInAs: {
      admin: 'Du är inloggad som utbildningsansvarig.',
      course_leader: 'Du är inloggad som kursledare.',
      trainee: 'Du är inloggad som kursdeltagare.',
      national_admin: 'Du är inloggad som nationell administratör.',
    },
    admin: {
      heading: 'Användare',
      text: 'Skapa konton för kursledare och kursdeltagare och se vilka som har konto.',
      usersLink: 'Hantera användare',
    },
    nationalAdmin: {
      heading: 'Organisationer',
      text: 'Skapa de regionala organisationerna och deras första administratör, och se vem som administrerar varje organisation.',
      link: 'Till organisationerna',
    },
    cohorts: {
      heading: 'Kullar',
      text: 'Skapa kullar, schemalägg kursdagar, skriv in deltagare och följ vad som återstår för var och en.',
      link: 'Till kullarna',
    },
    courseLeader: {
      heading: 'Mina kullar',
      text: 'Schemalägg kursdagar, ta närvaro, observera rollspel, godkänn studiebesök och certifiera deltagarna.',
      none: 'Du leder ingen kull än.',
      loadFailed: 'Det gick inte att hämta dina kullar.',
      days: '{{scheduled}} av {{total}} dagar schemalagda, {{trainees}} deltagare',
      link: 'Alla kullar',
    },
    trainee: {
      heading: 'Min utbildning',
      text: 'Följ din närvaro, se vad som saknas innan du kan certifieras, registrera studiebesök och ladda ner dina intyg.',
      none: 'Du är inte inskriven i någon kull än.',
      loadFailed: 'Det gick inte att hämta din utbildning.',
      summary: '{{met}} av {{total}} krav uppfyllda',
      makeUps: 'Dagar att ta igen: {{count}}',
      certifiable: 'Du kan certifieras.',
      link: 'Till min utbildning',
      certificatesLink: 'Mina intyg',
    },
    curriculum: {
      heading: 'Kursplan',
      text: 'Läs om grundutbildningen, modulerna och uppdateringskursen: kursdagar, rollspel, studiebesök och vad som krävs för godkänt.',
      link: 'Se kurserna',
      publishLink: 'Publicera ändringar i kursplanen',
    },
    account: {
      heading: 'Mitt konto',
      text: 'Du loggar in med {{email}}.',
      changePassword: 'Byt lösenord',
    },
  },
} as const;
