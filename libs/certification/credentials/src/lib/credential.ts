/**
 * The unsigned OpenBadgeCredential (Open Badges 3.0 on the Verifiable
 * Credentials Data Model 2.0) for a certified peer supporter.
 *
 * Mapping choices, all within the terms the pinned contexts define (signing
 * canonicalises in safe mode, so an undefined property is an error rather
 * than silently unsigned data):
 * - Recipient: `credentialSubject.identifier` holds one IdentityObject with a
 *   salted SHA-256 of the e-mail address (`identityType` 'emailAddress',
 *   `hashed` true). There is no subject `id` and no address in clear.
 * - Language: `achievement.inLanguage` (the only language property OB 3.0
 *   defines on Achievement); names and descriptions stay plain strings, as
 *   the OB 3.0 JSON schema requires.
 * - Learning outcomes: `achievement.alignment`, one Alignment per outcome
 *   with `targetType` 'ceasn:Competency', `targetCode` the outcome id,
 *   `targetName` its text and `targetUrl` the achievement URL with the
 *   fragment `#outcome-<id>` (so the public achievement page should carry
 *   those anchors).
 * - Hours: OB 3.0 has no property for contact hours; `creditsAvailable` means
 *   academic credit hours and would be misread, and an extension context
 *   would make third-party verification depend on one more document. The
 *   hours are therefore stated in the criteria narrative, as a last paragraph
 *   in the credential's language ("Omfattning: 40 timmar." / "Scope: 40
 *   hours.").
 * - Schema: `credentialSchema` names 1EdTech's AchievementCredential JSON
 *   Schema (type '1EdTechJsonSchemaValidator2019'), which the credential
 *   validates against; `proof` is an array (see signCredential), as that
 *   schema requires.
 * - Images: the issuer profile and the achievement each carry an `image`
 *   (an Image object with the URL the app serves it at), so wallets show a
 *   badge rather than a blank.
 * - `validUntil` only when the certified course version has a validity
 *   period.
 * - `awardedDate` keeps the original award date when a credential is
 *   reissued (for example re-signed with a new key); it defaults to
 *   `validFrom`.
 */
import { OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT, VC_V2_CONTEXT } from './contexts';
import { type HashedIdentity } from './identity';
import { type IssuerProfileInput, issuerProfile } from './keys';
import { type StatusListEntryInput, statusListEntry } from './status-list';
import { assertAbsoluteUri, assertDateTime, assertText } from './validation';

export type CredentialLanguage = 'sv' | 'en';

/** 1EdTech's JSON Schema for an AchievementCredential (OpenBadgeCredential), as the spec names it in `credentialSchema`. */
export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA = {
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
} as const;

export interface LearningOutcome {
  id: string;
  text: string;
}

export interface AchievementInput {
  id: string;
  name: string;
  description: string;
  criteriaNarrative: string;
  /** An OB 3.0 AchievementType; default 'Certificate'. */
  achievementType?: string;
  humanCode?: string;
  fieldOfStudy?: string;
  /** URL of the badge image (PNG or SVG) that wallets show. */
  image?: string;
  hours: number;
  version: string;
  learningOutcomes: LearningOutcome[];
}

export interface CredentialInput {
  /** e.g. https://host/credentials/<code> or urn:uuid:… */
  id: string;
  issuer: IssuerProfileInput;
  /** ISO date-time with time zone. */
  validFrom: string;
  validUntil?: string;
  /** When the achievement was awarded, if earlier than validFrom (reissue). */
  awardedDate?: string;
  /** Language of names, descriptions and the narrative. */
  language: CredentialLanguage;
  achievement: AchievementInput;
  /** From hashIdentity(). */
  subject: HashedIdentity;
  /** BitstringStatusListEntry, purpose 'revocation'. */
  status?: StatusListEntryInput;
}

const OB_ACHIEVEMENT_TYPES = new Set([
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award',
  'Badge', 'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification',
  'CommunityService', 'Competency', 'Course', 'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree',
  'Fieldwork', 'GeneralEducationDevelopment', 'JourneymanCertificate', 'LearningProgram', 'License',
  'Membership', 'ProfessionalDoctorate', 'QualityAssuranceCredential', 'MasterCertificate',
  'MasterDegree', 'MicroCredential', 'ResearchDoctorate', 'SecondarySchoolDiploma',
]);

/** Made once: a number format costs more to make than a whole credential does to build. */
const HOURS_FORMATS: Record<CredentialLanguage, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** The sentence stating the scope in hours, in the credential's language. */
export function hoursStatement(hours: number, language: CredentialLanguage): string {
  const formatted = HOURS_FORMATS[language].format(hours);
  if (language === 'sv') return `Omfattning: ${formatted} timmar.`;
  return `Scope: ${formatted} ${hours === 1 ? 'hour' : 'hours'}.`;
}

function outcomeAlignment(achievementId: string, outcome: LearningOutcome): Record<string, unknown> {
  assertText(outcome.id, 'learning outcome id');
  assertText(outcome.text, `learning outcome ${outcome.id} text`);
  return {
    type: ['Alignment'],
    targetType: 'ceasn:Competency',
    targetCode: outcome.id,
    targetName: outcome.text,
    targetUrl: `${achievementId.split('#')[0]}#outcome-${encodeURIComponent(outcome.id)}`,
  };
}

/** The Achievement a credential names; also published on its own at its id. */
export function buildAchievement(input: AchievementInput, language: CredentialLanguage): Record<string, unknown> {
  assertAbsoluteUri(input.id, 'achievement.id');
  assertText(input.name, 'achievement.name');
  assertText(input.description, 'achievement.description');
  assertText(input.criteriaNarrative, 'achievement.criteriaNarrative');
  assertText(input.version, 'achievement.version');
  if (!Number.isFinite(input.hours) || input.hours <= 0) {
    throw new RangeError(`achievement.hours must be a positive number, got ${input.hours}`);
  }
  const achievementType = input.achievementType ?? 'Certificate';
  if (!OB_ACHIEVEMENT_TYPES.has(achievementType) && !/^ext:[A-Za-z0-9._-]+$/.test(achievementType)) {
    throw new TypeError(`achievement.achievementType ${achievementType} is not an OB 3.0 AchievementType`);
  }
  const outcomeIds = new Set<string>();
  for (const outcome of input.learningOutcomes) {
    if (outcomeIds.has(outcome.id)) throw new TypeError(`duplicate learning outcome id ${outcome.id}`);
    outcomeIds.add(outcome.id);
  }

  const achievement: Record<string, unknown> = {
    id: input.id,
    type: ['Achievement'],
    achievementType,
    name: input.name,
    description: input.description,
    criteria: {
      narrative: `${input.criteriaNarrative.trimEnd()}\n\n${hoursStatement(input.hours, language)}`,
    },
  };
  if (input.humanCode !== undefined) achievement['humanCode'] = input.humanCode;
  if (input.fieldOfStudy !== undefined) achievement['fieldOfStudy'] = input.fieldOfStudy;
  if (input.image !== undefined) {
    assertAbsoluteUri(input.image, 'achievement.image');
    achievement['image'] = { id: input.image, type: 'Image' };
  }
  achievement['version'] = input.version;
  achievement['inLanguage'] = language;
  if (input.learningOutcomes.length > 0) {
    achievement['alignment'] = input.learningOutcomes.map((outcome) => outcomeAlignment(input.id, outcome));
  }
  return achievement;
}

/** The Achievement as a JSON-LD document of its own, served at its id. */
export function achievementDocument(input: AchievementInput, language: CredentialLanguage): Record<string, unknown> {
  return { '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT], ...buildAchievement(input, language) };
}

/** The unsigned OpenBadgeCredential; sign it with signCredential. */
export function buildOpenBadgeCredential(input: CredentialInput): Record<string, unknown> {
  assertAbsoluteUri(input.id, 'credential id');
  assertDateTime(input.validFrom, 'validFrom');
  if (input.validUntil !== undefined) {
    assertDateTime(input.validUntil, 'validUntil');
    if (Date.parse(input.validUntil) <= Date.parse(input.validFrom)) {
      throw new RangeError('validUntil must be after validFrom');
    }
  }
  if (input.awardedDate !== undefined) assertDateTime(input.awardedDate, 'awardedDate');
  if (input.language !== 'sv' && input.language !== 'en') {
    throw new TypeError(`language must be 'sv' or 'en', got ${JSON.stringify(input.language)}`);
  }
  if (!/^sha256\$[0-9a-f]{64}$/.test(input.subject.identityHash)) {
    throw new TypeError('subject.identityHash must come from hashIdentity()');
  }
  assertText(input.subject.salt, 'subject.salt');

  const achievement = buildAchievement(input.achievement, input.language);
  const credential: Record<string, unknown> = {
    // The extensions context defines the credentialSchema type (as in 1EdTech's own examples).
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: issuerProfile(input.issuer),
    validFrom: input.validFrom,
  };
  if (input.validUntil !== undefined) credential['validUntil'] = input.validUntil;
  credential['awardedDate'] = input.awardedDate ?? input.validFrom;
  credential['name'] = input.achievement.name;
  credential['credentialSubject'] = {
    type: ['AchievementSubject'],
    identifier: [
      {
        type: 'IdentityObject',
        identityType: 'emailAddress',
        hashed: true,
        identityHash: input.subject.identityHash,
        salt: input.subject.salt,
      },
    ],
    achievement,
  };
  if (input.status) credential['credentialStatus'] = statusListEntry(input.status);
  credential['credentialSchema'] = [{ ...OB_ACHIEVEMENT_CREDENTIAL_SCHEMA }];
  return credential;
}
