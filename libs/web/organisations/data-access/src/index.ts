export * from './lib/organisations.service';
