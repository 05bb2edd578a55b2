/** Swedish texts of this feature; the app merges every feature's slice (apps/web/src/app/i18n). */
export const certificateSignatorySv = {
  certificateSignatory: {
    title: 'Intygens undertecknare',
    heading: 'Intygens undertecknare',
    intro:
      'Den som undertecknar organisationens intyg står på varje intyg som utfärdas efter att du har sparat. Intyg som redan är utfärdade ändras inte.',
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
  },
} as const;
