import type { CohortDto } from '@peer/contract';
import { extractAttachment } from '@peer/certificate-pdf';
import { isIndexSet } from '@peer/credentials';
import { attachments, editShownText, pdfText } from '@peer/certificate-pdf/testing';
import { createCohort, EnrolledTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { PublicRevocationReasons1796400000000 } from '../database/migrations/1796400000000-PublicRevocationReasons';

jest.setTimeout(120_000);

describe('certificates', () => {
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

  async function completedTrainee(name: string): Promise<{ cohort: CohortDto; enrolment: EnrolledTrainee; trainee: Client }> {
    const { cohort, enrolments } = await createCohort(leader, { trainees: [name], days: weeklyDays('2026-01-12') });
    const enrolment = enrolments[0]!;
    const trainee = await completeBaseCourse(t, leader, cohort, enrolment);
    return { cohort, enrolment, trainee };
  }

  const certify = (cohort: CohortDto, traineeId: string, language = 'sv') =>
    leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, { language });

  async function download(client: Client, id: string): Promise<Buffer> {
    const response = await client.get(`/api/certificates/${id}/pdf`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    return response.body as Buffer;
  }

  const pathOf = (url: string) => new URL(url).pathname;

  it('refuses to certify with 409 and the list of what is missing', async () => {
    const { cohort } = await createCohort(leader, { trainees: ['Björn Öberg'], days: weeklyDays('2026-01-12') });
    const response = await certify(cohort, cohort.enrolments[0]!.traineeId).expect(409);
    const missing = response.body.errors.map((e: { field: string }) => e.field);
    expect(missing).toEqual(expect.arrayContaining(['attendance:day-1', 'role-play:boundary-question', 'study-visit:inpatient-visit']));
    expect(response.body.errors[0].message).toMatch(/ \/ /);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM certificates`);
    expect(count).toBe(0);
  });

  it('issues exactly one certificate under 50 concurrent requests', async () => {
    const { cohort, enrolment } = await completedTrainee('Ingrid Nyström');
    const answers = await Promise.all(Array.from({ length: 50 }, () => certify(cohort, enrolment.enrolment.traineeId)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    // The refusal says why by its code, so the web can word it.
    expect(new Set(answers.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['certify.already-certified']));
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM certificates WHERE trainee_id = $1`, [enrolment.enrolment.traineeId]);
    expect(count).toBe(1);
  });

  it('gives a PDF with the name, the attached credential and a page anyone can check', async () => {
    const { cohort, enrolment, trainee } = await completedTrainee('Åsa Öberg-Lindström');
    const issued = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    expect(issued.code).toMatch(/^[a-km-z2-9]{32}$/);
    const mine = (await trainee.get('/api/me/certificates').expect(200)).body.certificates;
    expect(mine.map((c: { id: string }) => c.id)).toEqual([issued.id]);

    const pdf = await download(trainee, issued.id);
    expect(await download(trainee, issued.id)).toEqual(pdf); // the stored bytes, never regenerated
    expect(await pdfText(pdf)).toContain('Åsa Öberg-Lindström');
    expect((await attachments(pdf)).map((a) => a.name)).toContain('credential.json');
    const credential = JSON.parse(extractAttachment(pdf) as string);
    expect(credential.type).toContain('OpenBadgeCredential');
    expect(credential.proof).toEqual([expect.objectContaining({ cryptosuite: 'eddsa-rdfc-2022' })]);
    expect(JSON.stringify(credential)).not.toContain(enrolment.enrolment.email);

    const page = await t.http().get(pathOf(issued.verifyUrl)).expect(200);
    expect(page.text).toContain('Giltigt');
    expect(page.text).toContain('Åsa Öberg-Lindström');
    expect(page.text).toContain(`<link rel="alternate" type="application/ld+json" href="/verify/${issued.code}/credential.json">`);
    const json = await t.http().get(`/verify/${issued.code}/credential.json`).expect(200);
    expect(JSON.parse(json.text)).toEqual(credential);
    expect((await t.http().get(`${pathOf(issued.verifyUrl)}?lang=en`).expect(200)).text).toContain('Valid');
    await t.http().get('/verify/not-a-code').expect(404);
    await t.http().get(`/verify/${'a'.repeat(32)}`).expect(404);

    const other = await t.as('trainee');
    await other.get(`/api/certificates/${issued.id}/pdf`).expect(404);
  });

  it('tells an unmodified original from an edited copy', async () => {
    const { cohort, enrolment, trainee } = await completedTrainee('Märta Ålund');
    const issued = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    const pdf = await download(trainee, issued.id);
    const original = await t.http().post('/verify').attach('file', pdf, 'intyg.pdf').expect(200);
    expect(original.text).toContain('Filen är ett oförändrat original');

    const edited = editShownText(pdf, 'Märta Ålund', 'ä', 'a');
    expect(edited.equals(pdf)).toBe(false);
    const copy = await t.http().post('/verify').attach('file', edited, 'intyg.pdf').expect(200);
    expect(copy.text).toContain('Filen är INTE ett oförändrat original');
    expect(copy.text).toContain('Den signerade informationen inbäddad i filen är äkta');
    // The warning leads, and the embedded credential's validity is no big green "valid" under it.
    expect(copy.text.indexOf('INTE ett oförändrat original')).toBeLessThan(copy.text.indexOf('Vad den inbäddade informationen säger'));
    expect(copy.text).toContain('Intyget som informationen hör till: Giltigt.');
    expect(copy.text).not.toContain('class="status ok"');
  });

  it('revokes with a public reason and an internal note, flips the status list, and keeps the row', async () => {
    const { cohort, enrolment, trainee } = await completedTrainee('Göran Häll');
    const issued = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    const note = 'Deltog inte i rollspelen, enligt kursledaren';
    const bad = await leader.post(`/api/certificates/${issued.id}/revoke`, { reason: 'Utfärdat av misstag' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('reason');
    const long = await leader.post(`/api/certificates/${issued.id}/revoke`, { reason: 'requirements-not-met', note: 'x'.repeat(501) }).expect(400);
    expect(JSON.stringify(long.body)).toContain('note');
    await leader.post(`/api/certificates/${issued.id}/revoke`, {}).expect(400);
    const revoked = await leader.post(`/api/certificates/${issued.id}/revoke`, { reason: 'requirements-not-met', note }).expect(201);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocationCode: 'requirements-not-met', revocationNote: note });
    await leader.post(`/api/certificates/${issued.id}/revoke`, { reason: 'issued-in-error' }).expect(409);

    // Staff see the code and the note; the holder and the public see only the public reason.
    const staffList = (await leader.get(`/api/cohorts/${cohort.id}/certificates`).expect(200)).body.certificates;
    expect(staffList.find((c: { id: string }) => c.id === issued.id)).toMatchObject({ revocationCode: 'requirements-not-met', revocationNote: note });
    const own = (await trainee.get('/api/me/certificates').expect(200)).body.certificates;
    expect(own[0]).toMatchObject({ revocationCode: 'requirements-not-met', revocationNote: null });
    const date = (revoked.body.revokedAt as string).slice(0, 10);
    const page = await t.http().get(pathOf(issued.verifyUrl)).expect(200);
    expect(page.text).toContain(`Återkallat den ${date}. Skäl: Kraven för intyget var inte uppfyllda.`);
    expect(page.text).not.toContain('rollspelen');
    const english = await t.http().get(`${pathOf(issued.verifyUrl)}?lang=en`).expect(200);
    expect(english.text).toContain(`Revoked on ${date}. Reason: The requirements for the certificate were not met.`);
    expect(english.text).not.toContain('rollspelen');
    // Only the revoking update may set the revocation details, and never again.
    await expect(t.dataSource.query(`UPDATE certificates SET revocation_note = 'ändrad' WHERE id = $1`, [issued.id])).rejects.toThrow(/cannot be changed/);
    const [{ status_list, status_index }] = await t.dataSource.query(`SELECT status_list, status_index FROM certificates WHERE id = $1`, [issued.id]);
    const list = (await t.http().get(`/status/${status_list}`).expect(200)).body;
    expect(list.type).toContain('BitstringStatusListCredential');
    // The organisation that issued the certificate signs its list.
    expect(list.issuer).toMatch(/\/issuers\/[a-z0-9-]+$/);
    expect(await isIndexSet(list.credentialSubject.encodedList, status_index)).toBe(true);
    await expect(t.dataSource.query(`DELETE FROM certificates WHERE id = $1`, [issued.id])).rejects.toThrow(/never deleted/);
  });

  it('keeps a revocation from before the fixed reasons readable: its text becomes the internal note, the public sees the date only', async () => {
    const { cohort, enrolment } = await completedTrainee('Vera Åhlin');
    const issued = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    const migration = new PublicRevocationReasons1796400000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(`UPDATE certificates SET status = 'revoked', revoked_at = now(), revocation_reason = 'Fusk vid rollspelet' WHERE id = $1`, [issued.id]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const staffList = (await leader.get(`/api/cohorts/${cohort.id}/certificates`).expect(200)).body.certificates;
    expect(staffList.find((c: { id: string }) => c.id === issued.id)).toMatchObject({ status: 'revoked', revocationCode: 'unspecified', revocationNote: 'Fusk vid rollspelet' });
    const page = await t.http().get(pathOf(issued.verifyUrl)).expect(200);
    expect(page.text).toMatch(/Återkallat den \d{4}-\d{2}-\d{2}\.<\/p>/);
    expect(page.text).not.toContain('Skäl');
    expect(page.text).not.toContain('Fusk');
  });

  it('re-issues with a corrected name and marks the old certificate superseded', async () => {
    const { cohort, enrolment, trainee } = await completedTrainee('Sören Ekstrom');
    const first = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    const second = (await leader.post(`/api/certificates/${first.id}/reissue`, { holderName: 'Sören Ekström', reason: 'Namnet stavades fel' }).expect(201)).body;
    expect(second).toMatchObject({ status: 'valid', holderName: 'Sören Ekström' });
    const history = (await trainee.get('/api/me/certificates').expect(200)).body.certificates;
    expect(history.map((c: { status: string; supersededBy: string | null }) => [c.status, c.supersededBy])).toEqual([
      ['valid', null],
      ['superseded', second.id],
    ]);
    const old = await t.http().get(pathOf(first.verifyUrl)).expect(200);
    expect(old.text).toContain('Ersatt');
    expect(old.text).toContain(`<a href="/verify/${second.code}?lang=sv">`);
    // Neither the old name nor the new one: the page of a replaced certificate names no one.
    for (const name of ['Sören Ekstrom', 'Sören Ekström', 'Ekstr']) expect(old.text).not.toContain(name);
    const oldEnglish = await t.http().get(`${pathOf(first.verifyUrl)}?lang=en`).expect(200);
    expect(oldEnglish.text).toContain('Replaced');
    expect(oldEnglish.text).toContain(`<a href="/verify/${second.code}?lang=en">`);
    expect(oldEnglish.text).not.toContain('Ekstr');
    const current = await t.http().get(pathOf(second.verifyUrl)).expect(200);
    expect(current.text).toContain('Sören Ekström');
  });

  it('still verifies a certificate signed before the organisation’s key was rotated', async () => {
    const { cohort, enrolment, trainee } = await completedTrainee('Lena Åkesson');
    const before = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    const admin = await t.as('admin');
    const { keyId } = (await admin.post('/api/signing-keys/rotate').expect(201)).body;
    const pdf = await download(trainee, before.id);
    const oldKey = JSON.parse(extractAttachment(pdf) as string).proof[0].verificationMethod as string;
    expect(oldKey.endsWith(keyId)).toBe(false);
    await t.http().get(pathOf(oldKey)).expect(200);

    const after = await completedTrainee('Tove Östlund');
    const newer = (await certify(after.cohort, after.enrolment.enrolment.traineeId).expect(201)).body;
    const newerPdf = await download(after.trainee, newer.id);
    expect(JSON.parse(extractAttachment(newerPdf) as string).proof[0].verificationMethod).toMatch(new RegExp(`${keyId}$`));

    const check = await t.http().post('/verify').attach('file', editShownText(pdf, 'Lena Åkesson', 'e', 'a'), 'intyg.pdf').expect(200);
    expect(check.text).toContain('Den signerade informationen inbäddad i filen är äkta');
  });

  it('shares the training record by a link the trainee can revoke', async () => {
    const { cohort, enrolment, trainee } = await completedTrainee('Karin Fröding');
    const certificate = (await certify(cohort, enrolment.enrolment.traineeId).expect(201)).body;
    const link = (await trainee.post('/api/me/share-links', { certificateIds: [certificate.id] }).expect(201)).body;
    const page = await t.http().get(pathOf(link.url)).expect(200);
    expect(page.text).toContain('Karin Fröding');
    expect(page.text).toContain('Giltigt');
    await trainee.delete(`/api/me/share-links/${link.id}`).expect(204);
    await t.http().get(pathOf(link.url)).expect(404);
  });

  it('rate-limits the public look-ups', async () => {
    const limited = await startTestApp({ VERIFY_RATE_LIMIT: '3' });
    try {
      for (let i = 0; i < 3; i++) await limited.http().get(`/verify/${'b'.repeat(32)}`).expect(404);
      const page = await limited.http().get(`/verify/${'b'.repeat(32)}`).expect(429);
      expect(Number(page.headers['retry-after'])).toBeGreaterThan(0);
      for (let i = 0; i < 3; i++) await limited.http().get(`/verify/${'b'.repeat(32)}/credential.json`).expect(404);
      const credential = await limited.http().get(`/verify/${'b'.repeat(32)}/credential.json`).expect(429);
      expect(Number(credential.headers['retry-after'])).toBeGreaterThan(0);
      expect(Object.keys(credential.headers).filter((name) => name.startsWith('retry-after-'))).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});
