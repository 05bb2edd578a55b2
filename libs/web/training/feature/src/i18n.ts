// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { trainingSv } from './lib/i18n/sv';
export { trainingEn } from './lib/i18n/en';
