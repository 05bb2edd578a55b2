import { sharedEn } from '@peer/web/shared/ui/i18n';
import { authEn } from '@peer/web/auth/feature/i18n';
import { homeEn } from '@peer/web/home/feature/i18n';
import { usersEn } from '@peer/web/users/feature/i18n';
import { organisationsEn } from '@peer/web/organisations/feature/i18n';
import { identityProviderEn } from '@peer/web/identity-provider/feature/i18n';
import { certificateSignatoryEn } from '@peer/web/certificate-signatory/feature/i18n';
import { curriculumEn } from '@peer/web/curriculum/feature/i18n';
import { cohortsEn } from '@peer/web/cohorts/feature/i18n';
import { trainingEn } from '@peer/web/training/feature/i18n';
import { supervisionEn } from '@peer/web/supervision/feature/i18n';
import { practiceEn } from '@peer/web/practice/feature/i18n';
import { certificatesEn } from '@peer/web/certificates/feature/i18n';
import { auditEn } from '@peer/web/audit/feature/i18n';
import type { Translations } from './translations';

/** English texts; same keys as `sv.ts`: the app's own and every feature's slice. */
export const en: Translations = {
  shell: {
    skipToContent: 'Skip to content',
    mainNav: 'Main menu',
    home: 'Home',
    curriculum: 'Curriculum',
    cohorts: 'Cohorts',
    training: 'My training',
    users: 'Users',
    audit: 'Audit trail',
    supervision: 'Supervision',
    erasureRequests: 'Erasure',
    organisations: 'Organisations',
    organisationSignIn: 'Sign-in',
    certificateSignatory: 'Logo and signatory',
    account: 'Account',
    changePassword: 'Change password',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signOutFailed: 'Signing out did not work. Check your connection and try again.',
    footer: 'PEER Academy – training and certification of peer supporters',
  },
  language: {
    switchTo: 'Svenska',
    switchToCode: 'sv',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    text: 'The address may be misspelt, or the page has moved.',
    home: 'Go to the home page',
  },
  ...sharedEn,
  ...authEn,
  ...homeEn,
  ...usersEn,
  ...organisationsEn,
  ...identityProviderEn,
  ...certificateSignatoryEn,
  ...curriculumEn,
  ...cohortsEn,
  ...trainingEn,
  ...supervisionEn,
  ...practiceEn,
  ...certificatesEn,
  ...auditEn,
};
