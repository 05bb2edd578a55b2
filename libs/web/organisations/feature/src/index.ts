export * from './lib/organisations.routes';
