import type { CohortDto } from '@peer/contract';
import { createCohort, EnrolledTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

jest.setTimeout(120_000);

describe('certificate validity', () => {
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

  async function issued(name: string): Promise<{ cohort: CohortDto; enrolment: EnrolledTrainee; certificate: { id: string; code: string; validUntil: string | null; issuedAt: string } }> {
    const { cohort, enrolments } = await createCohort(leader, { trainees: [name], days: weeklyDays('2026-01-12') });
    const enrolment = enrolments[0]!;
    await completeBaseCourse(t, leader, cohort, enrolment);
    const certificate = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    return { cohort, enrolment, certificate };
  }

  const row = async (id: string) =>
    ((await t.dataSource.query(
      `SELECT issued_at, valid_until, valid_until = issued_at + interval '3 years' AS three_years, credential->>'validUntil' AS credential_until FROM certificates WHERE id = $1`,
      [id],
    )) as { issued_at: Date; valid_until: Date | null; three_years: boolean; credential_until: string | null }[])[0]!;

  it('sets valid_until to three years after issue, in the row, the answer, the credential and the page', async () => {
    const { certificate } = await issued('Vera Lindqvist');
    const stored = await row(certificate.id);
    expect(stored.three_years).toBe(true);
    expect(certificate.validUntil).toBe(stored.valid_until?.toISOString());
    expect(stored.credential_until).toBe(certificate.validUntil);
    const page = (await t.http().get(`/verify/${certificate.code}`).expect(200)).text;
    expect(page).toContain('Giltigt</p>');
    expect(page).toContain(`<dt>Giltigt till</dt><dd class="valid-until">${certificate.validUntil!.slice(0, 10)}</dd>`);
    const english = (await t.http().get(`/verify/${certificate.code}?lang=en`).expect(200)).text;
    expect(english).toContain(`<dt>Valid until</dt><dd class="valid-until">${certificate.validUntil!.slice(0, 10)}</dd>`);
  });

  it('says plainly, with the date, that a certificate past its end has expired', async () => {
    const { certificate } = await issued('Hugo Åkesson');
    // Time passes: the end date is in the past (the row is otherwise immutable).
    await t.dataSource.query(`UPDATE certificates SET valid_until = now() - interval '2 days' WHERE id = $1`, [certificate.id]);
    const ended = (await row(certificate.id)).valid_until!.toISOString().slice(0, 10);
    const page = (await t.http().get(`/verify/${certificate.code}`).expect(200)).text;
    expect(page).toContain('<p class="status bad" role="status">Har gått ut</p>');
    expect(page).toContain(`<p class="expiry">Intyget gick ut den ${ended}.</p>`);
    expect(page).not.toContain('role="status">Giltigt');
    const english = (await t.http().get(`/verify/${certificate.code}?lang=en`).expect(200)).text;
    expect(english).toContain('<p class="status bad" role="status">Expired</p>');
    expect(english).toContain(`<p class="expiry">This certificate expired on ${ended}.</p>`);
  });

  it('keeps the validity of the original when correcting a certificate, and refuses to correct an expired one', async () => {
    const { certificate } = await issued('Stina Berggren');
    const corrected = (await leader.post(`/api/certificates/${certificate.id}/reissue`, { holderName: 'Stina Bergren', reason: 'Stavning' }).expect(201)).body;
    expect(corrected.validUntil).toBe(certificate.validUntil);
    expect((await row(corrected.id)).credential_until).toBe(certificate.validUntil);

    await t.dataSource.query(`UPDATE certificates SET valid_until = now() - interval '1 day' WHERE id = $1`, [corrected.id]);
    const refused = await leader.post(`/api/certificates/${corrected.id}/reissue`, { holderName: 'Stina Berggren', reason: 'Stavning' }).expect(409);
    expect(JSON.stringify(refused.body)).toContain('expired');
  });
});
