import type { TranslationShape } from '@peer/web/shared/util';
import type { authSv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const authEn: TranslationShape<typeof authSv> = {
  auth: {
    login: {
      title: 'Sign in',
      heading: 'Sign in',
      intro: 'Sign in with your e-mail address and password.',
      email: 'E-mail',
      password: 'Password',
      submit: 'Sign in',
      wrongCredentials: 'Wrong e-mail address or password.',
      tooManyAttempts: 'Too many sign-in attempts. Wait a moment and try again.',
      sessionExpired: 'You have been signed out. Sign in again to continue.',
      organisation: {
        heading: 'Sign in through your organisation',
        signInWith: 'Sign in with {{name}}',
        failed:
          'Signing in through your organisation did not work. If you have no account here yet, ask your administrator for an invitation – or sign in with your password.',
        unavailable: "Your organisation's sign-in cannot be reached right now. Try again shortly or sign in with your password.",
      },
    },
    changePassword: {
      title: 'Change password',
      heading: 'Change password',
      intro: 'Choose a new password that only you know.',
      requiredIntro: 'You signed in with a temporary password. Choose your own password before you continue.',
      current: 'Current password',
      new: 'New password',
      newHint: 'At least {{min}} characters. A sentence of several words is easy to remember and hard to guess.',
      confirm: 'Repeat the new password',
      submit: 'Save new password',
      success: 'Your password has been changed.',
    },
  },
};
