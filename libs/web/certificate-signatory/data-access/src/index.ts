export * from './lib/certificate-signatory.service';
