import { sharedSv } from '@peer/web/shared/ui/i18n';
import { authSv } from '@peer/web/auth/feature/i18n';
import { homeSv } from '@peer/web/home/feature/i18n';
import { usersSv } from '@peer/web/users/feature/i18n';
import { organisationsSv } from '@peer/web/organisations/feature/i18n';
import { identityProviderSv } from '@peer/web/identity-provider/feature/i18n';
import { certificateSignatorySv } from '@peer/web/certificate-signatory/feature/i18n';
import { curriculumSv } from '@peer/web/curriculum/feature/i18n';
import { cohortsSv } from '@peer/web/cohorts/feature/i18n';
import { trainingSv } from '@peer/web/training/feature/i18n';
import { supervisionSv } from '@peer/web/supervision/feature/i18n';
import { practiceSv } from '@peer/web/practice/feature/i18n';
import { certificatesSv } from '@peer/web/certificates/feature/i18n';
import { auditSv } from '@peer/web/audit/feature/i18n';

/**
 * Swedish texts, the default language: the app's own (shell, language, not found) and every
 * feature's slice, which lives with the feature (`libs/web/<feature>/feature/src/lib/i18n`;
 * shared words in `libs/web/shared/ui`). `en.ts` must have exactly the same keys (checked by
 * the compiler and by `translations.spec.ts`).
 * Parameters use the `{{name}}` syntax of ngx-translate.
 *
 * Form messages: `validation.fields.<field>.<rule>` wins over `validation.rules.<rule>`;
 * rules are the client's (`required`, `email`, `minLength`, …) and the API's
 * (`isEmail`, `isLength`, `unique`, `matchesCurrent`, …).
 */
export const sv = {
  shell: {
    skipToContent: 'Hoppa till innehållet',
    mainNav: 'Huvudmeny',
    home: 'Start',
    curriculum: 'Kursplan',
    cohorts: 'Kullar',
    training: 'Min utbildning',
    users: 'Användare',
    audit: 'Granskningslogg',
    supervision: 'Handledning',
    erasureRequests: 'Radering',
    organisations: 'Organisationer',
    organisationSignIn: 'Inloggning',
    certificateSignatory: 'Logotyp och undertecknare',
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
  notFound: {
    title: 'Sidan finns inte',
    heading: 'Sidan finns inte',
    text: 'Adressen kan vara felstavad, eller så har sidan flyttats.',
    home: 'Till startsidan',
  },
  ...sharedSv,
  ...authSv,
  ...homeSv,
  ...usersSv,
  ...organisationsSv,
  ...identityProviderSv,
  ...certificateSignatorySv,
  ...curriculumSv,
  ...cohortsSv,
  ...trainingSv,
  ...supervisionSv,
  ...practiceSv,
  ...certificatesSv,
  ...auditSv,
} as const;
