import type { CohortDto } from '@peer/contract';
import { CertificateRenderer, extractAttachment } from '@peer/certificate-pdf';
import { OB_V3_CONTEXT, signCredential, VC_V2_CONTEXT } from '@peer/credentials';
import { achievementCredentialSchemaErrors, missingRequiredProperties } from '@peer/credentials/testing';
import { join } from 'node:path';
import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse, giveBaseCertificate } from '../../../test/completion-fixture';
import { Client, SHIPPED_CURRICULUM, startTestApp, TestApp } from '../../../test/test-app';
import { IssuerKeysService } from './issuer-keys.service';
import { Issuers } from './issuers';
import { PublicUrls } from './public-urls';

jest.setTimeout(180_000);

type Json = Record<string, unknown>;

describe('certificates as Open Badges 3.0 credentials', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(async () => {
    await t.close();
  });

  const pathOf = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  };

  /** A certificate issued through the API, of the base course or (after a base certificate) of a module. */
  async function issued(name: string, language: 'sv' | 'en', courseId = 'base'): Promise<{ code: string; id: string; cohort: CohortDto; trainee: Client; credential: Json }> {
    const days = weeklyDays('2026-01-12', courseId === 'base' ? 12 : 2);
    const { cohort, enrolments } = await createCohort(leader, { name: `Kull ${courseId} ${name}`, courseId, trainees: [name], days });
    const enrolment = enrolments[0]!;
    const trainee = await completeBaseCourse(t, leader, cohort, enrolment);
    if (courseId !== 'base') await giveBaseCertificate(t, leader, enrolment);
    const certificate = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language }).expect(201)).body;
    const credential = JSON.parse((await t.http().get(`/credentials/${certificate.code}`).expect(200)).text) as Json;
    return { code: certificate.code, id: certificate.id, cohort, trainee, credential };
  }

  /** An image's body as text (SVG is not parsed by the client). */
  async function svg(path: string): Promise<{ contentType: string; text: string }> {
    const response = await t.http().get(path).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    }).expect(200);
    return { contentType: String(response.headers['content-type']), text: response.body as string };
  }

  async function download(client: Client, id: string): Promise<Buffer> {
    const response = await client.get(`/api/certificates/${id}/pdf`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    return response.body as Buffer;
  }

  it('issues credentials that validate against 1EdTech’s AchievementCredential schema: base course and module, Swedish and English', async () => {
    const cases = [['Ylva Sjöström', 'sv', 'base'], ['Oskar Ek', 'en', 'base'], ['Nils Åberg', 'sv', 'psychosis'], ['Maja Öst', 'en', 'psychosis']] as const;
    for (const [name, language, courseId] of cases) {
      const { code, cohort, credential } = await issued(name, language, courseId);
      expect(cohort.courseId).toBe(courseId);
      expect(achievementCredentialSchemaErrors(credential)).toEqual([]);
      const { missing, checked } = missingRequiredProperties(credential);
      expect(missing).toEqual([]);
      expect(checked).toEqual(expect.arrayContaining(['/', '.issuer', '.credentialSubject.achievement', '.proof[0]', '.credentialSchema[0]', '.issuer.image', '.credentialSubject.achievement.image']));

      expect(credential['proof']).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' })]);
      expect(credential['credentialSchema']).toEqual([
        { id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json', type: '1EdTechJsonSchemaValidator2019' },
      ]);
      // The curriculum gives base course and modules three years of validity.
      const validFrom = new Date(credential['validFrom'] as string);
      const end = new Date(validFrom);
      end.setUTCFullYear(validFrom.getUTCFullYear() + 3);
      if (end.getUTCMonth() !== validFrom.getUTCMonth()) end.setUTCDate(0); // 29 February → 28 February
      expect(credential['validUntil']).toBe(end.toISOString());
      expect(credential['issuer']).toMatchObject({ image: { id: expect.stringMatching(/^https:\/\/intyg\.example\.org\/issuers\/[a-z0-9-]+\/logo\.svg$/), type: 'Image' } });
      const achievement = (credential['credentialSubject'] as { achievement: Json }).achievement;
      expect(achievement['image']).toEqual({ id: `https://intyg.example.org/achievements/${cohort.courseId}/${cohort.version}/badge/${language}.svg`, type: 'Image' });
      expect(achievement['alignment']).toEqual(expect.arrayContaining([expect.objectContaining({ targetType: 'ceasn:Competency' })]));
      expect((achievement['criteria'] as { narrative: string }).narrative).toMatch(language === 'sv' ? /Omfattning: \d+ timmar\.$/ : /Scope: \d+ hours?\.$/);
      expect(achievement['inLanguage']).toBe(language);

      // The page says it is valid, in the certificate's own language unless the visitor chose another.
      const page = (await t.http().get(`/verify/${code}`).set('Accept-Language', language === 'sv' ? 'en' : 'sv').expect(200)).text;
      expect(page).toContain(language === 'sv' ? '<html lang="sv">' : '<html lang="en">');
      expect(page).toContain(language === 'sv' ? 'Giltigt' : 'Valid');
      expect((await t.http().get(`/verify/${code}?lang=sv`).expect(200)).text).toContain('Giltigt');
    }
  });

  it('serves every address PublicUrls makes', async () => {
    const { code, id, cohort, trainee, credential } = await issued('Vera Lind', 'sv');
    const link = (await trainee.post('/api/me/share-links', { certificateIds: [id] }).expect(201)).body as { url: string };
    const urls = t.app.get(PublicUrls);
    const keySlug = ((credential['proof'] as Json[])[0]!['verificationMethod'] as string).split('/').at(-1) as string;
    const issuerSlug = ((credential['issuer'] as Json)['id'] as string).split('/').at(-1) as string;
    const statusList = (credential['credentialStatus'] as { statusListCredential: string }).statusListCredential;
    const list = urls.statusListNumber(statusList) as number;
    const made: Record<string, string[]> = {
      verify: [urls.verify(code)],
      credential: [urls.credential(code)],
      issuer: [urls.issuer(issuerSlug), urls.issuer()],
      issuerImage: [urls.issuerImage(issuerSlug), urls.issuerImage()],
      key: [urls.key(keySlug, issuerSlug)],
      share: [link.url],
      statusList: [urls.statusList(list)],
      achievement: [urls.achievement(cohort.courseId, cohort.version)],
      achievementImage: [urls.achievementImage(cohort.courseId, cohort.version, 'sv'), urls.achievementImage(cohort.courseId, cohort.version, 'en')],
    };
    // Every method that makes an address has a row here (statusListNumber and keyOf read one).
    const methods = Object.getOwnPropertyNames(PublicUrls.prototype).filter((m) => !['constructor', 'statusListNumber', 'keyOf'].includes(m));
    expect(Object.keys(made).sort()).toEqual(methods.sort());
    expect(link.url).toBe(urls.share(link.url.split('/').at(-1) as string));

    for (const url of Object.values(made).flat()) {
      expect(url.startsWith('https://intyg.example.org/')).toBe(true);
      const response = await t.http().get(pathOf(url));
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
    }

    // The addresses the credential names are among them, and the images are SVG badges.
    expect(credential['id']).toBe(urls.credential(code));
    expect(credential['issuer']).toMatchObject({ id: urls.issuer(issuerSlug), name: 'Testregionen', image: { id: urls.issuerImage(issuerSlug), type: 'Image' } });
    expect(urls.keyOf(urls.key(keySlug, issuerSlug))).toEqual({ slug: issuerSlug, keyId: keySlug });
    const logo = await svg(pathOf(urls.issuerImage(issuerSlug)));
    expect(logo.contentType).toMatch(/^image\/svg\+xml/);
    expect(logo.text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const badgeEn = await svg(pathOf(urls.achievementImage(cohort.courseId, cohort.version, 'en')));
    expect(badgeEn.contentType).toMatch(/^image\/svg\+xml/);
    const { body: version } = await leader.get(`/api/curriculum/courses/${cohort.courseId}/versions/${cohort.version}`).expect(200);
    const titleEn = (version.content.course.certificate.title.en as string).replace(/&/g, '&amp;');
    expect(badgeEn.text).toContain(titleEn);
    const badgeSv = await svg(pathOf(urls.achievementImage(cohort.courseId, cohort.version, 'sv')));
    expect(badgeSv.text).not.toBe(badgeEn.text);
    const profile = JSON.parse((await t.http().get(`/issuers/${issuerSlug}`).expect(200)).text) as Json;
    expect(profile['image']).toEqual({ id: urls.issuerImage(issuerSlug), type: 'Image' });
    const published = JSON.parse((await t.http().get(pathOf(`${urls.achievement(cohort.courseId, cohort.version)}?lang=en`)).expect(200)).text) as Json;
    expect(published['image']).toEqual({ id: urls.achievementImage(cohort.courseId, cohort.version, 'en'), type: 'Image' });

    // Anything else under those addresses is not there.
    await t.http().get(`/achievements/${cohort.courseId}/${cohort.version}/badge/de.svg`).expect(404);
    await t.http().get(`/achievements/${cohort.courseId}/${cohort.version}/badge/sv.png`).expect(404);
    await t.http().get(`/achievements/no-such-course/1/badge/sv.svg`).expect(404);
    await t.http().get(`/achievements/${cohort.courseId}/999/badge/sv.svg`).expect(404);
  });

  it('still verifies a credential stored in the earlier shape: one proof object, no schema, no images', async () => {
    const { code, id, trainee, credential } = await issued('Hedda Strand', 'sv');
    // The credential as it was issued before: same statements, no credentialSchema, no images, a single proof.
    const earlier = structuredClone(credential);
    delete earlier['proof'];
    delete earlier['credentialSchema'];
    earlier['@context'] = [VC_V2_CONTEXT, OB_V3_CONTEXT];
    delete (earlier['issuer'] as Json)['image'];
    delete ((earlier['credentialSubject'] as Json)['achievement'] as Json)['image'];
    const signed = await signCredential(earlier, await t.app.get(IssuerKeysService).activeKey(await t.app.get(Issuers).ofOrganisation(t.organisationId)));
    const old = { ...signed, proof: (signed['proof'] as unknown[])[0] };
    expect(Array.isArray(old.proof)).toBe(false);
    // Stored as a certificate issued before the change would be (issued certificates are otherwise immutable).
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE certificates SET credential = $1 WHERE code = $2`, [JSON.stringify(old), code]);
    });

    expect(JSON.parse((await t.http().get(`/credentials/${code}`).expect(200)).text)).toEqual(old);
    expect((await t.http().get(`/verify/${code}`).expect(200)).text).toContain('Giltigt');

    // A copy of the PDF carrying the earlier credential, checked by upload: the signature is genuine.
    const original = await download(trainee, id);
    expect(JSON.parse(extractAttachment(original) as string)['credentialSchema']).toBeDefined();
    const renderer = await CertificateRenderer.create({ templatesDir: join(SHIPPED_CURRICULUM, '..', 'certificates') });
    const view = {
      language: 'sv' as const,
      documentTitle: 'Yrkesbevis',
      holderName: 'Hedda Strand',
      courseTitle: 'Grundutbildning',
      courseVersion: 1,
      description: 'Beskrivning',
      trainings: [{ title: 'Grundutbildning', hours: 40 }],
      totalHours: 40,
      competences: [],
      practicals: [],
      issuedOn: '2026-02-01',
      issuerName: 'PEER Academy',
      code,
      verifyUrl: `https://intyg.example.org/verify/${code}`,
    };
    const pdf = await renderer.render(view, { name: 'credential.json', json: JSON.stringify(old, null, 2) });
    const genuine = await t.http().post('/verify').attach('file', pdf, 'intyg.pdf').expect(200);
    expect(genuine.text).toContain('Den signerade informationen inbäddad i filen är äkta');

    const tampered = { ...old, name: 'Något annat intyg' };
    const forged = await renderer.render(view, { name: 'credential.json', json: JSON.stringify(tampered, null, 2) });
    const rejected = await t.http().post('/verify').attach('file', forged, 'intyg.pdf').expect(200);
    expect(rejected.text).not.toContain('Den signerade informationen inbäddad i filen är äkta');
  });
});
