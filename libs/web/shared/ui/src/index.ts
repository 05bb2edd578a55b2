export * from './lib/field-errors/field-errors';
export * from './lib/copy-button/copy-button';
export * from './lib/cohort-actions/cohort-actions';
