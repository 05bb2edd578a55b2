export * from './lib/api-error';
export * from './lib/form-errors';
export * from './lib/return-url';
export * from './lib/translation-shape';
export * from './lib/content-language';
export * from './lib/format';
