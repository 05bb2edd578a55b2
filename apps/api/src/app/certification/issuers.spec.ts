import { isIndexSet, signCredential, verifyCredential } from '@peer/credentials';
import { createCohort, type EnrolledTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { type Client, startTestApp, type TestApp } from '../../../test/test-app';
import { IssuerKeysService } from './issuer-keys.service';
import { Issuers } from './issuers';
import { PublicUrls } from './public-urls';

jest.setTimeout(180_000);

type Json = Record<string, unknown>;

describe('each organisation is an issuer', () => {
  let t: TestApp;
  let skane: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    skane = await t.createOrganisation('NSPH Skåne');
  });
  afterAll(() => t.close());

  const pathOf = (url: string) => new URL(url).pathname;

  /** The public document at a URL of ours, as an employer's verifier would fetch it; null when it is not there. */
  const fetchDocument = async (url: string): Promise<Json | null> => {
    const response = await t.http().get(pathOf(url));
    return response.status === 200 ? (JSON.parse(response.text) as Json) : null;
  };

  /** Verifies as an outside verifier does: keys and revocation only from the published documents. */
  const verifyPublicly = (credential: Json) =>
    verifyCredential(credential, {
      resolveKey: fetchDocument,
      isRevoked: async (entry) => {
        const list = await fetchDocument(entry.statusListCredential);
        if (!list) return true;
        return isIndexSet((list['credentialSubject'] as { encodedList: string }).encodedList, Number(entry.statusListIndex));
      },
    });

  async function certified(leader: Client, name: string): Promise<{ id: string; credential: Json }> {
    const { cohort, enrolments } = await createCohort(leader, { name: `Kull ${name}`, trainees: [name], days: weeklyDays('2026-01-12') });
    const enrolment = enrolments[0] as EnrolledTrainee;
    await completeBaseCourse(t, leader, cohort, enrolment);
    const certificate = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, {}).expect(201)).body;
    return { id: certificate.id, credential: JSON.parse((await t.http().get(`/credentials/${certificate.code}`).expect(200)).text) as Json };
  }

  const issuerOf = (credential: Json) => credential['issuer'] as { id: string; name: string };
  const keyOf = (credential: Json) => ((credential['proof'] as Json[])[0] as Json)['verificationMethod'] as string;
  const listOf = (credential: Json) => (credential['credentialStatus'] as { statusListCredential: string }).statusListCredential;

  it('signs each organisation’s certificates with its own key, under its own name, on its own revocation lists', async () => {
    const goteborg = await certified(await t.as('course_leader'), 'Anna Ahl');
    const lund = await certified(await t.as('course_leader', skane), 'Berit Berg');
    const [a, b] = [issuerOf(goteborg.credential), issuerOf(lund.credential)];
    expect(a).toMatchObject({ id: 'https://intyg.example.org/issuers/region-1', name: 'Testregionen' });
    expect(b).toMatchObject({ name: 'NSPH Skåne' });
    expect(b.id).toMatch(/^https:\/\/intyg\.example\.org\/issuers\/region-\d+$/);
    expect(b.id).not.toBe(a.id);
    for (const { credential } of [goteborg, lund]) {
      const issuer = issuerOf(credential);
      expect(keyOf(credential).startsWith(`${issuer.id}/keys/`)).toBe(true);
      expect(await fetchDocument(keyOf(credential))).toMatchObject({ id: keyOf(credential), controller: issuer.id });
      // The profile names the key; the other issuer's address does not serve it.
      expect(((await fetchDocument(issuer.id)) as Json)['name']).toBe(issuer.name);
      const list = (await fetchDocument(listOf(credential))) as Json;
      expect(list['issuer']).toBe(issuer.id);
      expect(((list['proof'] as Json[])[0] as Json)['verificationMethod']).toMatch(new RegExp(`^${issuer.id}/keys/`));
      expect(await verifyPublicly(credential)).toMatchObject({ verified: true, errors: [] });
    }
    expect(listOf(goteborg.credential)).not.toBe(listOf(lund.credential));
    const foreignKey = keyOf(lund.credential).replace(b.id, a.id);
    expect(await fetchDocument(foreignKey)).toBeNull();
    await t.http().get('/issuers/no-such-region').expect(404);
    await t.http().get('/issuers/NOT_A_SLUG/logo.svg').expect(404);
  });

  it('rotates one organisation’s key without touching another’s; what either signed still verifies', async () => {
    const leaderA = await t.as('course_leader');
    const leaderB = await t.as('course_leader', skane);
    const beforeA = await certified(leaderA, 'Cilla Ceder');
    const beforeB = await certified(leaderB, 'Doris Dahl');
    const { keyId } = (await (await t.as('admin')).post('/api/signing-keys/rotate').expect(201)).body as { keyId: string };
    const afterA = await certified(leaderA, 'Eva Ek');
    const afterB = await certified(leaderB, 'Fia Fors');
    expect(keyOf(afterA.credential)).toBe(`${issuerOf(afterA.credential).id}/keys/${keyId}`);
    expect(keyOf(beforeA.credential)).not.toBe(keyOf(afterA.credential));
    expect(keyOf(afterB.credential)).toBe(keyOf(beforeB.credential));
    for (const { credential } of [beforeA, afterA, beforeB, afterB]) expect((await verifyPublicly(credential)).verified).toBe(true);
    const profile = (await fetchDocument(issuerOf(afterA.credential).id)) as Json;
    expect(JSON.stringify(profile)).toContain(keyOf(beforeA.credential));
    expect(JSON.stringify(profile)).toContain(keyOf(afterA.credential));
  });

  it('keeps a certificate of before organisations verifying with the installation’s issuer, key and list', async () => {
    // A credential as every certificate was signed before: issuer /issuer, its key, list 1.
    const { credential } = await certified(await t.as('course_leader'), 'Gun Gren');
    const urls = t.app.get(PublicUrls);
    const installation = t.app.get(Issuers).installation();
    const earlier = structuredClone(credential);
    delete earlier['proof'];
    earlier['issuer'] = { ...(earlier['issuer'] as Json), ...t.app.get(Issuers).profile(installation), image: { id: urls.issuerImage(), type: 'Image' } };
    earlier['credentialStatus'] = { ...(earlier['credentialStatus'] as Json), id: `${urls.statusList(1)}#7`, statusListCredential: urls.statusList(1), statusListIndex: '7' };
    const old = await signCredential(earlier, await t.app.get(IssuerKeysService).activeKey(installation));
    expect(keyOf(old)).toMatch(/^https:\/\/intyg\.example\.org\/issuer\/keys\/k-/);
    expect(await verifyPublicly(old)).toMatchObject({ verified: true, errors: [] });
    expect(((await fetchDocument(urls.issuer())) as Json)['name']).toBe('PEER Academy');
    expect(((await fetchDocument(urls.statusList(1))) as Json)['issuer']).toBe(urls.issuer());
  });
});
