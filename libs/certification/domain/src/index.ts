export { certificateDocuments, criteria, practicals, type CertificateFacts, type CertificateLanguage } from './lib/documents';
export { publicStatus, type PublicStatus, type StoredStatus } from './lib/status';
