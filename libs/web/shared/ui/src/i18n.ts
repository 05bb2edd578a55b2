// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { sharedSv } from './lib/i18n/sv';
export { sharedEn } from './lib/i18n/en';
