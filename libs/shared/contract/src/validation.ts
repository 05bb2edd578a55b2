/**
 * The request classes the API validates bodies, path parameters and queries with
 * (class-validator and class-transformer decorators). API only: the web takes the same
 * shapes as types from `@peer/contract`, so neither library reaches its bundle.
 */
export * from './lib/validation/accounts';
export * from './lib/validation/organisations';
export * from './lib/validation/curriculum';
export * from './lib/validation/cohorts';
export * from './lib/validation/make-ups';
export * from './lib/validation/progress';
export * from './lib/validation/practice';
export * from './lib/validation/supervision';
export * from './lib/validation/certificates';
export * from './lib/validation/audit';
export * from './lib/validation/privacy';
