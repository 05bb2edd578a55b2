export * from './lib/supervision.service';
