// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { homeSv } from './lib/i18n/sv';
export { homeEn } from './lib/i18n/en';
