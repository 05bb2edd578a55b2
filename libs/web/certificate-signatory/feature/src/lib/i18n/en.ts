import type { TranslationShape } from '@peer/web/shared/util';
import type { certificateSignatorySv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const certificateSignatoryEn: TranslationShape<typeof certificateSignatorySv> = {
  certificateSignatory: {
    title: 'Certificate signatory',
    heading: 'Certificate signatory',
    intro:
      "The person who signs your organisation's certificates is printed on every certificate issued after you save. Certificates already issued do not change.",
    loadFailed: "The certificates' signatory could not be loaded.",
    none: "No signatory is named. Certificates show only the organisation's name.",
    named: 'Certificates are signed by {{name}}, {{title}}.',
    saved: 'Saved. New certificates are signed by {{name}}, {{title}}.',
    remove: 'Remove the signatory',
    removed: "The signatory is removed. New certificates show only the organisation's name.",
    form: {
      name: 'Name',
      title: 'Title',
      titleHint: 'For example director or chair.',
      submit: 'Save',
    },
  },
};
