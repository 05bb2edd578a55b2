// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { practiceSv } from './lib/i18n/sv';
export { practiceEn } from './lib/i18n/en';
