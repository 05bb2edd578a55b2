// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { organisationsSv } from './lib/i18n/sv';
export { organisationsEn } from './lib/i18n/en';
