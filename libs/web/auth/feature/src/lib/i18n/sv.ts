/** Swedish texts of this feature; the app merges every feature's slice (apps/web/src/app/i18n). */
export const authSv = {
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
      organisation: {
        heading: 'Logga in via din organisation',
        signInWith: 'Logga in med {{name}}',
        failed:
          'Inloggningen via din organisation gick inte. Har du inget konto här ännu, be din administratör om en inbjudan – eller logga in med lösenord.',
        unavailable: 'Organisationens inloggning går inte att nå just nu. Försök igen om en stund eller logga in med lösenord.',
      },
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
} as const;
