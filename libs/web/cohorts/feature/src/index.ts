export * from './lib/cohorts.routes';
