export * from './lib/supervision.routes';
