/** Swedish texts of this feature; the app merges every feature's slice (apps/web/src/app/i18n). */
export const certificateSignatorySv = {
  certificateSignatory: {
    title: 'Intygens logotyp och undertecknare',
    heading: 'Intygens logotyp och undertecknare',
    intro:
      'Den som undertecknar organisationens intyg står på varje intyg som utfärdas efter att du har sparat. Intyg som redan är utfärdade ändras inte.',
    signatoryHeading: 'Undertecknare',
    loadFailed: 'Det gick inte att hämta intygens undertecknare.',
    none: 'Ingen undertecknare är angiven. Intygen visar bara organisationens namn.',
    named: 'Intygen undertecknas av {{name}}, {{title}}.',
    saved: 'Sparat. Nya intyg undertecknas av {{name}}, {{title}}.',
    remove: 'Ta bort undertecknaren',
    removed: 'Undertecknaren är borttagen. Nya intyg visar bara organisationens namn.',
    form: {
      name: 'Namn',
      title: 'Titel',
      titleHint: 'Till exempel verksamhetsledare eller ordförande.',
      submit: 'Spara',
    },
    logo: {
      heading: 'Logotyp',
      loadFailed: 'Det gick inte att hämta logotypen.',
      none: 'Ingen egen logotyp. Intygen visar ingen logotyp, och utfärdarprofilen visar organisationens initialer.',
      alt: 'Organisationens logotyp',
      remove: 'Ta bort logotypen',
      removed: 'Logotypen är borttagen.',
      file: 'Välj en bild',
      fileHint: 'PNG eller JPEG, högst 200 kB och 32–2000 pixlar bred och hög. Nya intyg får logotypen; utfärdade intyg ändras inte.',
      required: 'Välj en bild att ladda upp.',
      submit: 'Ladda upp',
      saved: 'Logotypen är sparad. Nya intyg får den.',
    },
  },
} as const;
