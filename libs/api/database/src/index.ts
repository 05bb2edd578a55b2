export * from './lib/embedded-server';
export * from './lib/stale-server';
export * from './lib/free-port';
