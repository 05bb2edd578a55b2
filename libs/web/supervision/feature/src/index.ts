export * from './lib/supervision.routes';
export * from './lib/my-supervision/my-supervision';
