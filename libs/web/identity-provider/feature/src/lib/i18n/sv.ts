/** Swedish texts of this feature; the app merges every feature's slice (apps/web/src/app/i18n). */
export const identityProviderSv = {
  identityProvider: {
    title: 'Inloggning via organisationen',
    heading: 'Inloggning via organisationen',
    intro:
      'Organisationens personer kan logga in via organisationens egen identitetsleverantör, till exempel regionens inloggning eller en tjänst för e-legitimation.',
    rules:
      'Första gången någon loggar in via leverantören kopplas inloggningen till kontot med samma verifierade e-postadress. Ingen får ett konto eller behörighet genom att logga in: konton skapar du och bjuder in som förut.',
    loadFailed: 'Det gick inte att hämta inställningarna för inloggningen.',
    saved: 'Inloggningen via organisationen är sparad.',
    removed: 'Inloggningen via organisationen är borttagen.',
    register: {
      heading: 'Registrera tjänsten hos leverantören',
      intro:
        'Registrera tjänsten som klient (OpenID Connect) hos leverantören med adressen nedan som omdirigeringsadress (redirect URI). Leverantören ger dig då ett klient-id och en klienthemlighet.',
      redirectUri: 'Adress att registrera hos leverantören',
    },
    current: {
      heading: 'Inställd inloggning',
      none: 'Ingen inloggning via organisationen är inställd än.',
      issuer: 'Leverantörens adress',
      clientId: 'Klient-id',
      identityClaim: 'Anspråk med personnummer',
      identityScope: 'Extra scope',
      remove: 'Ta bort inloggningen',
      removeQuestion:
        'Ta bort inloggningen via organisationen? Ingen kan då längre logga in via leverantören. Kontona finns kvar och kan logga in med lösenord.',
      removeConfirm: 'Ja, ta bort',
    },
    form: {
      headingNew: 'Ställ in inloggningen',
      headingChange: 'Ändra inloggningen',
      issuer: 'Leverantörens adress (issuer)',
      issuerHint: 'Adressen som leverantören anger som issuer. Den börjar med https://, till exempel https://inloggning.exempel.se.',
      clientId: 'Klient-id',
      clientIdHint: 'Det id som leverantören gav tjänsten när du registrerade den.',
      clientSecret: 'Klienthemlighet',
      clientSecretHint: 'Klienthemligheten visas aldrig igen när den är sparad. Ange den varje gång du sparar.',
      identityLegend: 'Inloggning med personnummer',
      identityClaim: 'Anspråk med personnummer',
      identityClaimHint:
        'Namnet på det anspråk i ID-token där leverantören skickar personnumret, till exempel personal_identity_number. Lämna tomt för att bara koppla via verifierad e-post.',
      identityScope: 'Extra scope',
      identityScopeHint: 'Om leverantören bara lämnar ut personnumret med ett visst scope, till exempel för Freja eID.',
      submit: 'Spara inloggningen',
    },
  },
} as const;
