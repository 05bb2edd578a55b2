// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { certificateSignatorySv } from './lib/i18n/sv';
export { certificateSignatoryEn } from './lib/i18n/en';
