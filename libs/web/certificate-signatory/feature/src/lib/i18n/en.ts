import type { TranslationShape } from '@peer/web/shared/util';
import type { certificateSignatorySv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const certificateSignatoryEn: TranslationShape<typeof certificateSignatorySv> = {
  certificateSignatory: {
    title: 'Certificate logo and signatory',
    heading: 'Certificate logo and signatory',
    intro:
      "The person who signs your organisation's certificates is printed on every certificate issued after you save. Certificates already issued do not change.",
    signatoryHeading: 'Signatory',
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
    logo: {
      heading: 'Logo',
      loadFailed: 'The logo could not be loaded.',
      none: "No logo of your own. Certificates show no logo, and the issuer profile shows the organisation's initials.",
      alt: "The organisation's logo",
      remove: 'Remove the logo',
      removed: 'The logo is removed.',
      file: 'Choose an image',
      fileHint: 'PNG or JPEG, at most 200 kB and 32–2000 pixels wide and high. New certificates get the logo; issued ones do not change.',
      required: 'Choose an image to upload.',
      submit: 'Upload',
      saved: 'The logo is saved. New certificates get it.',
    },
  },
};
