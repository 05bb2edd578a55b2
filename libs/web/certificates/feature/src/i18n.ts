// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { certificatesSv } from './lib/i18n/sv';
export { certificatesEn } from './lib/i18n/en';
