export * from './lib/curriculum.routes';
