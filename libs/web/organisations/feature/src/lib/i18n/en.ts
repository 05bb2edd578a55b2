import type { TranslationShape } from '@peer/web/shared/util';
import type { organisationsSv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const organisationsEn: TranslationShape<typeof organisationsSv> = {
  organisations: {
    title: 'Organisations',
    heading: 'Organisations',
    intro:
      'The regional associations that run the training. Create an organisation together with its first administrator. The administrator then creates the organisation’s accounts and cohorts.',
    create: {
      heading: 'New organisation',
      name: 'Name',
      slug: 'Short name',
      slugHint: 'Lower-case letters a–z, digits and hyphens (not first or last), for example nsph-skane. The short name is used in web addresses.',
      administrator: 'The organisation’s administrator',
      administratorHint: 'The administrator gets the programme administrator role and a temporary password, and chooses their own at the first sign-in.',
      adminName: 'Administrator’s name',
      adminEmail: 'Administrator’s e-mail',
      submit: 'Create organisation',
    },
    created: {
      heading: '{{name}} has been created',
      intro: 'Give {{admin}} the temporary password in a safe way. They sign in with {{email}} and then choose their own password.',
      password: 'Temporary password for {{admin}}',
      onlyOnce: 'The password is shown only now. Once you close this box it cannot be seen again.',
    },
    list: {
      heading: 'All organisations',
      caption: 'Number of organisations: {{count}}',
      empty: 'There are no organisations yet.',
      loadFailed: 'The organisations could not be loaded.',
      name: 'Name',
      slug: 'Short name',
      administrators: 'Administrators',
      noAdministrators: 'No active administrator',
      createdAt: 'Created',
      actions: 'Actions',
    },
    addAdmin: {
      open: 'Add an administrator',
      openLabel: 'Add an administrator to {{name}}',
      heading: 'Add an administrator to {{name}}',
      name: 'Name',
      email: 'E-mail',
      submit: 'Add',
      notFound: 'The organisation no longer exists. Reload the page.',
      added: '{{admin}} is now an administrator of {{name}}',
    },
  },
};
