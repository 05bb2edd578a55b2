export * from './lib/roles';
export * from './lib/errors';
export * from './lib/accounts';
export * from './lib/health';
export * from './lib/curriculum';
export * from './lib/cohorts';
export * from './lib/progress';
export * from './lib/practice';
