import type { TranslationShape } from '@peer/web/shared/util';
import type { identityProviderSv } from './sv';

/** English texts; same keys as `sv.ts`. */
export const identityProviderEn: TranslationShape<typeof identityProviderSv> = {
  identityProvider: {
    title: 'Sign-in through the organisation',
    heading: 'Sign-in through the organisation',
    intro: "The organisation's people can sign in through the organisation's own identity provider, for example the region's login or an e-ID broker.",
    rules:
      'The first time someone signs in through the provider, the sign-in is linked to the account with the same verified e-mail address. Nobody gets an account or access by signing in: you create and invite accounts as before.',
    loadFailed: 'The sign-in settings could not be loaded.',
    saved: 'Sign-in through the organisation is saved.',
    removed: 'Sign-in through the organisation is removed.',
    register: {
      heading: 'Register the service at the provider',
      intro:
        'Register the service as a client (OpenID Connect) at the provider with the address below as its redirect URI. The provider then gives you a client ID and a client secret.',
      redirectUri: 'Address to register at the provider',
    },
    current: {
      heading: 'Current sign-in',
      none: 'No sign-in through the organisation is set up yet.',
      issuer: "Provider's address",
      clientId: 'Client ID',
      identityClaim: 'Claim with the personal identity number',
      identityScope: 'Extra scope',
      remove: 'Remove the sign-in',
      removeQuestion:
        'Remove sign-in through the organisation? Nobody can sign in through the provider any more. The accounts remain and can sign in with a password.',
      removeConfirm: 'Yes, remove',
    },
    form: {
      headingNew: 'Set up the sign-in',
      headingChange: 'Change the sign-in',
      issuer: 'Provider address (issuer)',
      issuerHint: 'The address the provider gives as its issuer. It starts with https://, for example https://login.example.org.',
      clientId: 'Client ID',
      clientIdHint: 'The ID the provider gave the service when you registered it.',
      clientSecret: 'Client secret',
      clientSecretHint: 'The client secret is never shown again once saved. Enter it each time you save.',
      identityLegend: 'Sign-in by personal identity number',
      identityClaim: 'Claim with the personal identity number',
      identityClaimHint:
        'The name of the ID token claim in which the provider sends the personal identity number, for example personal_identity_number. Leave empty to link by verified e-mail only.',
      identityScope: 'Extra scope',
      identityScopeHint: 'If the provider releases the personal identity number only with a certain scope, as for example Freja eID does.',
      submit: 'Save the sign-in',
    },
  },
};
