export { certificateDocuments, criteria, practicals, publishedAchievement, type CertificateFacts, type CertificateLanguage } from './lib/documents';
export { publicStatus, renewable, type PublicStatus, type StoredStatus } from './lib/status';
export { validityEnd, type ValidityPeriod } from './lib/validity';
