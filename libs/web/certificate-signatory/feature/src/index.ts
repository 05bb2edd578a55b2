export * from './lib/certificate-signatory.routes';
