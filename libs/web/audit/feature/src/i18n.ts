// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { auditSv } from './lib/i18n/sv';
export { auditEn } from './lib/i18n/en';
