// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { authSv } from './lib/i18n/sv';
export { authEn } from './lib/i18n/en';
