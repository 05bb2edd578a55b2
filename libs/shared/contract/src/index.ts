export * from './lib/roles';
export * from './lib/errors';
export * from './lib/error-codes';
export * from './lib/accounts';
export * from './lib/organisations';
export * from './lib/health';
export * from './lib/curriculum';
export * from './lib/cohorts';
export * from './lib/make-ups';
export * from './lib/progress';
export * from './lib/practice';
export * from './lib/supervision';
export * from './lib/certificates';
export * from './lib/audit';
export * from './lib/privacy';
export * from './lib/personal-identity';
export * from './lib/responses';
// The request shapes as types only: the decorated classes behind them, and class-validator with
// them, stay in the API's `@peer/contract/validation` and never reach the web bundle.
export type * from './validation';
