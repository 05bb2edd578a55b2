export * from './lib/api-error';
export * from './lib/form-errors';
export * from './lib/return-url';
