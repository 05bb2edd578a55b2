export {
  createDocumentLoader,
  documentLoader,
  MULTIKEY_V1_CONTEXT,
  OB_V3_CONTEXT,
  OB_V3_EXTENSIONS_CONTEXT,
  pinnedContextUrls,
  VC_V2_CONTEXT,
  type DocumentLoader,
  type DocumentLoaderResult,
} from './lib/contexts';
export {
  achievementDocument,
  buildAchievement,
  buildOpenBadgeCredential,
  hoursStatement,
  OB_ACHIEVEMENT_CREDENTIAL_SCHEMA,
  type AchievementInput,
  type CredentialInput,
  type CredentialLanguage,
  type LearningOutcome,
} from './lib/credential';
export { hashIdentity, identityMatches, type HashedIdentity } from './lib/identity';
export {
  generateIssuerKey,
  issuerProfileDocument,
  publicKeyDocument,
  type IssuerKey,
  type IssuerProfileInput,
} from './lib/keys';
export { signCredential, type SignOptions } from './lib/sign';
export {
  buildStatusListCredential,
  encodeStatusList,
  isIndexSet,
  isRevokedInStatusListCredential,
  MIN_STATUS_LIST_LENGTH,
  statusListEntry,
  type StatusListEntryInput,
} from './lib/status-list';
export { VerificationErrors, verifyCredential, type VerificationResult, type VerifyOptions } from './lib/verify';
