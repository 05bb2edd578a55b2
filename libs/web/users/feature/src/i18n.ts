// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { usersSv } from './lib/i18n/sv';
export { usersEn } from './lib/i18n/en';
