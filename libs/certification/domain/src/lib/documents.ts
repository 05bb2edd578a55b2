import type { CertificateView } from '@peer/certificate-pdf';
import { achievementDocument, type AchievementInput, buildOpenBadgeCredential, hashIdentity } from '@peer/credentials';
import type { CourseVersionContent } from '@peer/curriculum';
import type { CompletionResult } from '@peer/progress';

export type CertificateLanguage = 'sv' | 'en';

/** Everything one certificate states, before it is signed and rendered. */
export interface CertificateFacts {
  code: string;
  issuedAt: Date;
  language: CertificateLanguage;
  holderName: string;
  /** Only its salted hash goes into the credential. */
  holderEmail: string;
  content: CourseVersionContent;
  version: number;
  /** The engine's verdict on the trainee, for the practical parts printed. */
  result: CompletionResult;
  /** The cohort's last course day (YYYY-MM-DD), when it has one. */
  lastDay: string | null;
  /** `image`: the issuer's logo, as served. */
  issuer: { id: string; name: string; url: string; image: string };
  /** Who signs for the issuer, as printed; only on the PDF, the credential is signed by the key. */
  signatory?: string | null;
  /** The issuer's uploaded logo (PNG or JPEG), printed on the PDF; the credential names its URL. */
  issuerLogo?: Uint8Array | null;
  /** `achievementImage`: the course version's badge in the certificate's language, as served. */
  urls: { credential: string; verify: string; achievement: string; achievementImage: string; statusList: string };
  /** End of the validity period, when the course version has one; otherwise the credential has no validUntil. */
  validUntil?: Date | null;
  statusIndex: number;
}

/** The unsigned Open Badges 3.0 credential and the printed view of one certificate: the same facts, twice. */
export function certificateDocuments(facts: CertificateFacts): { credential: Record<string, unknown>; view: CertificateView } {
  const { course } = facts.content;
  const lang = facts.language;
  const credential = buildOpenBadgeCredential({
    id: facts.urls.credential,
    issuer: facts.issuer,
    validFrom: facts.issuedAt.toISOString(),
    ...(facts.validUntil ? { validUntil: facts.validUntil.toISOString() } : {}),
    language: lang,
    achievement: achievement(facts.content, facts.version, lang, facts.urls.achievement, facts.urls.achievementImage),
    subject: hashIdentity(facts.holderEmail),
    status: { statusListCredential: facts.urls.statusList, statusListIndex: facts.statusIndex },
  });
  const view: CertificateView = {
    language: lang,
    documentTitle: course.certificate.title[lang],
    holderName: facts.holderName,
    courseTitle: course.title[lang],
    courseVersion: facts.version,
    description: course.certificate.description[lang],
    trainings: [{ title: course.title[lang], hours: course.hours, completedOn: facts.lastDay ?? undefined }],
    totalHours: course.hours,
    competences: course.certificate.competences.map((c) => c.text[lang]),
    practicals: practicals(facts.result, lang),
    issuedOn: facts.issuedAt.toISOString().slice(0, 10),
    issuerName: facts.issuer.name,
    issuerUrl: facts.issuer.url,
    ...(facts.signatory ? { signatory: facts.signatory } : {}),
    ...(facts.issuerLogo ? { issuerLogo: facts.issuerLogo } : {}),
    code: facts.code,
    verifyUrl: facts.urls.verify,
  };
  return { credential, view };
}

/** What a course version certifies, as every credential of it names it. */
function achievement(content: CourseVersionContent, version: number, lang: CertificateLanguage, id: string, image: string): AchievementInput {
  const { course } = content;
  return {
    id,
    image,
    name: course.certificate.title[lang],
    description: course.certificate.description[lang],
    criteriaNarrative: criteria(content, lang),
    achievementType: 'Certificate',
    hours: course.hours,
    version: String(version),
    learningOutcomes: course.certificate.competences.map((c) => ({ id: c.id, text: c.text[lang] })),
  };
}

/** The achievement of a course version as a document of its own, served at its id (`urls.achievement`). */
export function publishedAchievement(
  content: CourseVersionContent,
  version: number,
  lang: CertificateLanguage,
  id: string,
  image: string,
): Record<string, unknown> {
  return achievementDocument(achievement(content, version, lang, id, image), lang);
}

/** What the course demanded, as the credential's criteria narrative. */
export function criteria(content: CourseVersionContent, lang: CertificateLanguage): string {
  const { course } = content;
  const rule = course.completion;
  return lang === 'sv'
    ? `Deltagit i alla ${course.dayCount} kursdagar (högst ${rule.attendance.maxMadeUpAbsences} frånvarodagar igentagna), godkänd i ${rule.rolePlays.length} observerade rollspel och ${rule.studyVisits.length} studiebesök bekräftade av värdenheten och godkända av kursledare.`
    : `Attended all ${course.dayCount} course days (at most ${rule.attendance.maxMadeUpAbsences} absences made up), passed ${rule.rolePlays.length} observed role-plays and ${rule.studyVisits.length} study visits confirmed by the host unit and approved by a course leader.`;
}

/** The practical parts the trainee passed, one line each. */
export function practicals(result: CompletionResult, lang: CertificateLanguage): string[] {
  const met = (kind: string) => result.requirements.filter((r) => r.kind === kind && r.status === 'met');
  const rolePlays = met('role-play').length;
  const visits = met('study-visit').map((r) => r.label[lang]);
  const lines = [lang === 'sv' ? `${rolePlays} rollspel observerade och godkända` : `${rolePlays} role-plays observed and passed`];
  if (visits.length > 0) lines.push(`${lang === 'sv' ? 'Studiebesök' : 'Study visits'}: ${visits.join(', ')}`);
  return lines;
}
