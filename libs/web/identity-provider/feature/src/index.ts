export * from './lib/identity-provider.routes';
