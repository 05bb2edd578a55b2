import { HOST, ISSUER_ID, sampleInput, TRAINEE_EMAIL } from '../testing/sample';
import { OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT, VC_V2_CONTEXT } from './contexts';
import { buildOpenBadgeCredential, hoursStatement } from './credential';
import { hashIdentity, identityMatches } from './identity';

const EMAIL_PATTERN = /[^\s"@]+@[^\s"@]+\.[a-z]{2,}/i;

describe('hashIdentity', () => {
  it('follows the OB 3.0 IdentityHash example', () => {
    expect(hashIdentity('a@example.com', 'Kosher')).toEqual({
      identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
      salt: 'Kosher',
    });
  });

  it('is deterministic for a given salt and ignores case and surrounding space', () => {
    const a = hashIdentity(TRAINEE_EMAIL, 'salt-1');
    expect(hashIdentity(TRAINEE_EMAIL, 'salt-1')).toEqual(a);
    expect(hashIdentity(`  ${TRAINEE_EMAIL.toUpperCase()} `, 'salt-1')).toEqual(a);
    expect(hashIdentity(TRAINEE_EMAIL, 'salt-2').identityHash).not.toBe(a.identityHash);
  });

  it('draws a fresh random salt when none is given', () => {
    const a = hashIdentity(TRAINEE_EMAIL);
    const b = hashIdentity(TRAINEE_EMAIL);
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.salt).not.toBe(b.salt);
    expect(a.identityHash).not.toBe(b.identityHash);
  });

  it('matches an address against a stored identity', () => {
    const identity = hashIdentity(TRAINEE_EMAIL);
    expect(identityMatches(TRAINEE_EMAIL.toLowerCase(), identity)).toBe(true);
    expect(identityMatches('someone.else@example.org', identity)).toBe(false);
    expect(identityMatches('not an address', identity)).toBe(false);
    expect(identityMatches(TRAINEE_EMAIL, { ...identity, identityHash: 'md5$00' })).toBe(false);
  });

  it('refuses something that is not an e-mail address', () => {
    expect(() => hashIdentity('')).toThrow('not an e-mail address');
    expect(() => hashIdentity('kim')).toThrow('not an e-mail address');
  });
});

describe('buildOpenBadgeCredential', () => {
  it('builds an OB 3.0 credential on VC 2.0', () => {
    const credential = buildOpenBadgeCredential(sampleInput());
    expect(credential).toMatchObject({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT],
      id: `${HOST}/credentials/K7Q2-M4XP`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: ISSUER_ID, type: ['Profile'], name: 'PEER Academy', url: HOST },
      validFrom: '2026-01-15T10:00:00Z',
      awardedDate: '2026-01-15T10:00:00Z',
      name: 'Yrkesbevis: certifierad peer supporter',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          {
            type: 'IdentityObject',
            identityType: 'emailAddress',
            hashed: true,
            identityHash: hashIdentity(TRAINEE_EMAIL, '3f2a9c1e5b7d4a60').identityHash,
            salt: '3f2a9c1e5b7d4a60',
          },
        ],
        achievement: {
          id: `${HOST}/achievements/grundutbildning`,
          type: ['Achievement'],
          achievementType: 'Certificate',
          humanCode: 'PEER-GRUND',
          fieldOfStudy: 'Peer support',
          version: '2026.1',
          inLanguage: 'sv',
          criteria: {
            narrative:
              'Genomförd grundutbildning med godkänd närvaro, rollspel och studiebesök.\n\nOmfattning: 120 timmar.',
          },
        },
      },
      credentialStatus: {
        id: `${HOST}/status/1#7`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: `${HOST}/status/1`,
      },
    });
    expect(credential).not.toHaveProperty('validUntil');
    expect(credential['credentialSubject']).not.toHaveProperty('id');
    expect(credential['credentialSchema']).toEqual([
      {
        id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
        type: '1EdTechJsonSchemaValidator2019',
      },
    ]);
  });

  it('gives the issuer and the achievement an image when they have one', () => {
    const plain = buildOpenBadgeCredential(sampleInput());
    expect(plain['issuer']).not.toHaveProperty('image');
    const input = sampleInput();
    const credential = buildOpenBadgeCredential({
      ...input,
      issuer: { ...input.issuer, image: `${HOST}/issuer/logo.svg` },
      achievement: { ...input.achievement, image: `${HOST}/achievements/grundutbildning/badge.svg?lang=sv` },
    });
    expect(credential['issuer']).toMatchObject({ image: { id: `${HOST}/issuer/logo.svg`, type: 'Image' } });
    expect((credential['credentialSubject'] as { achievement: unknown }).achievement).toMatchObject({
      image: { id: `${HOST}/achievements/grundutbildning/badge.svg?lang=sv`, type: 'Image' },
    });
    expect(() => buildOpenBadgeCredential({ ...input, issuer: { ...input.issuer, image: 'logo.svg' } })).toThrow('issuer.image');
  });

  it('puts learning outcomes in alignment', () => {
    const credential = buildOpenBadgeCredential(sampleInput());
    const subject = credential['credentialSubject'] as { achievement: { alignment: unknown[] } };
    expect(subject.achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetType: 'ceasn:Competency',
        targetCode: 'lo-1',
        targetName: 'Använder sin egen erfarenhet av återhämtning på ett medvetet sätt.',
        targetUrl: `${HOST}/achievements/grundutbildning#outcome-lo-1`,
      },
      {
        type: ['Alignment'],
        targetType: 'ceasn:Competency',
        targetCode: 'lo-2',
        targetName: 'Förstår tystnadsplikt och sekretess i verksamheten.',
        targetUrl: `${HOST}/achievements/grundutbildning#outcome-lo-2`,
      },
    ]);
  });

  it('never contains an e-mail address of the trainee', () => {
    const json = JSON.stringify(buildOpenBadgeCredential(sampleInput()));
    expect(json).not.toMatch(EMAIL_PATTERN);
    expect(json.toLowerCase()).not.toContain(TRAINEE_EMAIL.toLowerCase());

    const withIssuerMail = JSON.stringify(
      buildOpenBadgeCredential(
        sampleInput({ issuer: { id: ISSUER_ID, name: 'PEER Academy', email: 'info@academy.example.se' } }),
      ),
    );
    expect(withIssuerMail).toContain('info@academy.example.se');
    expect(withIssuerMail.toLowerCase()).not.toContain(TRAINEE_EMAIL.toLowerCase());
  });

  it('states the hours in the credential language', () => {
    expect(hoursStatement(7.5, 'sv')).toBe('Omfattning: 7,5 timmar.');
    expect(hoursStatement(120, 'en')).toBe('Scope: 120 hours.');
    expect(hoursStatement(1, 'en')).toBe('Scope: 1 hour.');
    const english = buildOpenBadgeCredential(sampleInput({ language: 'en' }));
    expect(JSON.stringify(english)).toContain('Scope: 120 hours.');
    expect(JSON.stringify(english)).toContain('"inLanguage":"en"');
  });

  it('omits optional parts that are not given', () => {
    const input = sampleInput({ validUntil: '2031-01-15T10:00:00Z', status: undefined });
    input.achievement = { ...input.achievement, learningOutcomes: [], humanCode: undefined };
    const credential = buildOpenBadgeCredential(input);
    expect(credential['validUntil']).toBe('2031-01-15T10:00:00Z');
    expect(credential).not.toHaveProperty('credentialStatus');
    const achievement = (credential['credentialSubject'] as { achievement: Record<string, unknown> }).achievement;
    expect(achievement).not.toHaveProperty('alignment');
    expect(achievement).not.toHaveProperty('humanCode');
  });

  it('rejects invalid input with a readable message', () => {
    expect(() => buildOpenBadgeCredential(sampleInput({ id: 'K7Q2' }))).toThrow('credential id must be an absolute URI');
    expect(() => buildOpenBadgeCredential(sampleInput({ validFrom: '2026-01-15' }))).toThrow('validFrom');
    expect(() => buildOpenBadgeCredential(sampleInput({ validUntil: '2025-01-15T10:00:00Z' }))).toThrow(
      'validUntil must be after validFrom',
    );
    expect(() => buildOpenBadgeCredential(sampleInput({ subject: { identityHash: TRAINEE_EMAIL, salt: 'x' } }))).toThrow(
      'hashIdentity',
    );
    const input = sampleInput();
    expect(() =>
      buildOpenBadgeCredential({ ...input, achievement: { ...input.achievement, hours: 0 } }),
    ).toThrow('hours');
    expect(() =>
      buildOpenBadgeCredential({ ...input, achievement: { ...input.achievement, achievementType: 'Yrkesbevis' } }),
    ).toThrow('AchievementType');
    expect(
      buildOpenBadgeCredential({ ...input, achievement: { ...input.achievement, achievementType: 'ext:Yrkesbevis' } }),
    ).toBeDefined();
    expect(() =>
      buildOpenBadgeCredential({
        ...input,
        achievement: { ...input.achievement, learningOutcomes: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }] },
      }),
    ).toThrow('duplicate learning outcome id a');
  });
});
