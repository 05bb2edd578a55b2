export * from './lib/certificates.service';
export * from './lib/share-links.service';
export * from './lib/constants';
