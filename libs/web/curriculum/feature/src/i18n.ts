// Texts only: the app merges them eagerly (Swedish) and lazily (English), without the feature's code.
export { curriculumSv } from './lib/i18n/sv';
export { curriculumEn } from './lib/i18n/en';
