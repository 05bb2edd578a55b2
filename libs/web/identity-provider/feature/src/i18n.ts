// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { identityProviderSv } from './lib/i18n/sv';
export { identityProviderEn } from './lib/i18n/en';
