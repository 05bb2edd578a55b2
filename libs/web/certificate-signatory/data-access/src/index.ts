export * from './lib/certificate-signatory.service';
export * from './lib/organisation-logo.service';
