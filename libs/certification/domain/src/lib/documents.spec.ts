import { generateIssuerKey, signCredential } from '@peer/credentials';
import { achievementCredentialSchemaErrors, missingRequiredProperties } from '@peer/credentials/testing';
import { courseVersionContent, loadValidCurriculum, type CourseVersionContent } from '@peer/curriculum';
import { evaluateCompletion, type CompletionResult } from '@peer/progress';
import { join } from 'node:path';
import { certificateDocuments, publishedAchievement, type CertificateFacts } from './documents';

const root = join(__dirname, '..', '..', '..', '..', '..');
const bundle = loadValidCurriculum(join(root, 'curriculum'));
const base = bundle.courses.find((c) => c.id === 'base');
if (!base) throw new Error('the shipped curriculum has no base course');
const content: CourseVersionContent = courseVersionContent(base, bundle.scenarios);

/** The engine's verdict on a trainee who did everything. */
function completed(): CompletionResult {
  const { course } = content;
  return evaluateCompletion({
    content,
    schedule: course.days.map((d) => ({ dayNumber: d.number, date: `2026-03-${String(d.number + 1).padStart(2, '0')}` })),
    attendance: course.days.map((d) => ({ dayNumber: d.number, status: 'present' as const })),
    makeUps: [],
    rolePlays: course.completion.rolePlays.map((scenarioId) => ({ scenarioId, result: 'passed' as const, signedAt: '2026-03-10T14:00:00+01:00' })),
    studyVisits: course.completion.studyVisits.map((requirementId) => ({ requirementId, status: 'approved' as const })),
    withdrawn: false,
    today: '2026-04-01',
  });
}

function facts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    code: 'abc123',
    issuedAt: new Date('2026-04-02T10:00:00Z'),
    language: 'sv',
    holderName: 'Åsa Lindström',
    holderEmail: 'asa@example.org',
    content,
    version: 3,
    result: completed(),
    lastDay: '2026-03-13',
    issuer: { id: 'https://intyg.example.org/issuer', name: 'PEER Academy', url: 'https://intyg.example.org', image: 'https://intyg.example.org/issuer/logo.svg' },
    urls: {
      credential: 'https://intyg.example.org/credentials/abc123',
      verify: 'https://intyg.example.org/verify/abc123',
      achievement: 'https://intyg.example.org/achievements/base/3',
      achievementImage: 'https://intyg.example.org/achievements/base/3/badge/sv.svg',
      statusList: 'https://intyg.example.org/status/2',
    },
    statusIndex: 4711,
    ...overrides,
  };
}

describe('certificateDocuments', () => {
  it('states the same facts in the credential and on the printed view', () => {
    const { credential, view } = certificateDocuments(facts());
    const subject = credential['credentialSubject'] as { achievement: { id: string; name: string; criteria: { narrative: string } }; identifier: { identityHash: string }[] };
    expect(credential['id']).toBe('https://intyg.example.org/credentials/abc123');
    expect(credential['validFrom']).toBe('2026-04-02T10:00:00.000Z');
    expect(credential['credentialStatus']).toMatchObject({ statusListCredential: 'https://intyg.example.org/status/2', statusListIndex: '4711' });
    expect(subject.achievement.id).toBe('https://intyg.example.org/achievements/base/3');
    expect(subject.achievement.name).toBe(view.documentTitle);
    expect(subject.achievement.criteria.narrative).toContain(`alla ${content.course.dayCount} kursdagar`);
    // The holder is named on paper only; the credential carries a salted hash of the e-mail.
    expect(JSON.stringify(credential)).not.toContain('asa@example.org');
    expect(JSON.stringify(credential)).not.toContain('Åsa Lindström');
    expect(view).toMatchObject({ holderName: 'Åsa Lindström', courseVersion: 3, issuedOn: '2026-04-02', code: 'abc123', verifyUrl: 'https://intyg.example.org/verify/abc123', issuerName: 'PEER Academy' });
    expect(view.trainings).toEqual([{ title: content.course.title.sv, hours: content.course.hours, completedOn: '2026-03-13' }]);
  });

  it('counts the passed role-plays and names the approved study visits in the certificate’s language', () => {
    const { course } = content;
    const sv = certificateDocuments(facts()).view.practicals;
    expect(sv[0]).toBe(`${course.completion.rolePlays.length} rollspel observerade och godkända`);
    expect(sv[1]).toMatch(/^Studiebesök: /);
    const en = certificateDocuments(facts({ language: 'en' })).view;
    expect(en.practicals[0]).toBe(`${course.completion.rolePlays.length} role-plays observed and passed`);
    expect(en.documentTitle).toBe(course.certificate.title.en);
  });

  it('leaves out the completion date when the cohort had no days', () => {
    expect(certificateDocuments(facts({ lastDay: null })).view.trainings[0]?.completedOn).toBeUndefined();
  });

  it('names the schema, the issuer logo and the badge, and keeps criteria, alignment and hours', () => {
    const { credential } = certificateDocuments(facts());
    const subject = credential['credentialSubject'] as { achievement: Record<string, unknown> };
    expect(credential['credentialSchema']).toEqual([
      { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' },
    ]);
    expect(credential['issuer']).toMatchObject({ image: { id: 'https://intyg.example.org/issuer/logo.svg', type: 'Image' } });
    expect(subject.achievement['image']).toEqual({ id: 'https://intyg.example.org/achievements/base/3/badge/sv.svg', type: 'Image' });
    expect((subject.achievement['criteria'] as { narrative: string }).narrative).toContain(`Omfattning: ${content.course.hours} timmar.`);
    expect(subject.achievement['alignment']).toHaveLength(content.course.certificate.competences.length);
    expect(content.course.certificate.competences.length).toBeGreaterThan(0);
  });

  it('has a validUntil only when the course version has a validity period', () => {
    expect(certificateDocuments(facts()).credential).not.toHaveProperty('validUntil');
    expect(certificateDocuments(facts({ validUntil: null })).credential).not.toHaveProperty('validUntil');
    const { credential } = certificateDocuments(facts({ validUntil: new Date('2029-04-02T10:00:00Z') }));
    expect(credential['validUntil']).toBe('2029-04-02T10:00:00.000Z');
    expect(() => certificateDocuments(facts({ validUntil: new Date('2026-04-01T10:00:00Z') }))).toThrow('validUntil must be after validFrom');
  });
});

describe('the signed credential against 1EdTech\'s AchievementCredential JSON Schema', () => {
  const module = bundle.courses.find((c) => c.id !== 'base' && c.prerequisites.length > 0);
  if (!module) throw new Error('the shipped curriculum has no module');
  const moduleContent = courseVersionContent(module, bundle.scenarios);
  const moduleResult = (): CompletionResult => ({ ...completed(), requirements: [] });

  it.each([
    ['the base course', 'sv', content],
    ['the base course', 'en', content],
    [`the module ${module.id}`, 'sv', moduleContent],
    [`the module ${module.id}`, 'en', moduleContent],
  ] as const)('validates for %s in %s, with every required property present', async (_what, language, courseContent) => {
    const key = await generateIssuerKey('https://intyg.example.org/issuer', 'https://intyg.example.org/issuer/keys/k-1');
    const id = courseContent.course.id;
    const { credential } = certificateDocuments(
      facts({
        language,
        content: courseContent,
        result: courseContent === content ? completed() : moduleResult(),
        urls: {
          credential: 'https://intyg.example.org/credentials/abc123',
          verify: 'https://intyg.example.org/verify/abc123',
          achievement: `https://intyg.example.org/achievements/${id}/3`,
          achievementImage: `https://intyg.example.org/achievements/${id}/3/badge/${language}.svg`,
          statusList: 'https://intyg.example.org/status/2',
        },
      }),
    );
    const signed = await signCredential(credential, key);
    expect(achievementCredentialSchemaErrors(signed)).toEqual([]);
    const { missing, checked } = missingRequiredProperties(signed);
    expect(missing).toEqual([]);
    expect(checked).toEqual(
      expect.arrayContaining(['/', '.issuer', '.credentialSubject', '.credentialSubject.achievement', '.credentialSubject.achievement.criteria', '.credentialSubject.achievement.image', '.issuer.image', '.proof[0]', '.credentialSchema[0]']),
    );
    expect(achievementCredentialSchemaErrors({ ...signed, validFrom: '2026-04-02' }).join('\n')).toMatch(/^\/validFrom must match format "date-time"/m);
    // The schema is strict where it matters: the earlier single proof object does not pass.
    expect(achievementCredentialSchemaErrors({ ...signed, proof: (signed['proof'] as unknown[])[0] }).join('\n')).toMatch(/^\/proof must be array/m);
  });
});

describe('publishedAchievement', () => {
  it('is the achievement every credential of the version names, as a document of its own', () => {
    const { credential } = certificateDocuments(facts({ language: 'en' }));
    const named = (credential['credentialSubject'] as { achievement: Record<string, unknown> }).achievement;
    const published = publishedAchievement(content, 3, 'en', 'https://intyg.example.org/achievements/base/3', 'https://intyg.example.org/achievements/base/3/badge/sv.svg');
    const { '@context': context, ...rest } = published;
    expect(rest).toEqual(named);
    expect(credential['@context']).toEqual([...(context as string[]), 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json']);
  });
});
