export * from './lib/identity-provider.service';
