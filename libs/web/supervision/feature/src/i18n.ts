// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { supervisionSv } from './lib/i18n/sv';
export { supervisionEn } from './lib/i18n/en';
