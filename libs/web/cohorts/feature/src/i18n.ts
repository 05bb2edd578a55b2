// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { cohortsSv } from './lib/i18n/sv';
export { cohortsEn } from './lib/i18n/en';
