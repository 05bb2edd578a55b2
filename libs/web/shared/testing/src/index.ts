export * from './lib/translations';
export * from './lib/settle';
export * from './lib/page-harness';
