import type { CohortDto } from '@peer/contract';
import { samplePng } from '@peer/certificate-pdf/testing';
import { createCohort, weeklyDays } from '../../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../../test/test-app';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://intyg.example.org';
const dataUrl = (bytes: Buffer, type = 'image/png') => `data:${type};base64,${bytes.toString('base64')}`;

describe("an organisation's logo", () => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL, COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    admin = await t.as('admin');
    leader = await t.as('course_leader');
    [{ slug }] = await t.dataSource.query('SELECT slug FROM organisations WHERE id = $1', [t.organisationId]);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The stored PDF and the public credential of a certificate issued now to a new trainee. */
  async function issue(name: string): Promise<{ pdf: Buffer; credential: { issuer: { image: { id: string } } } }> {
    const { cohort, enrolments } = await createCohort(leader, { name: `Kull ${name}`, trainees: [name], days: weeklyDays('2026-01-12') });
    const enrolment = enrolments[0]!;
    await completeBaseCourse(t, leader, cohort as CohortDto, enrolment);
    const issued = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    const [row] = await t.dataSource.query('SELECT pdf FROM certificates WHERE id = $1', [issued.id]);
    return { pdf: row.pdf as Buffer, credential: JSON.parse((await t.http().get(`/credentials/${issued.code}`).expect(200)).text) };
  }
  const profileImage = async () => (JSON.parse((await t.http().get(`/issuers/${slug}`).expect(200)).text) as { image: { id: string } }).image.id;

  it('is printed on the certificates issued after the upload, served at the address their credentials name, and gone again after removal', async () => {
    expect((await admin.get('/api/organisation/logo').expect(200)).body).toEqual({ logo: null });
    expect(await profileImage()).toBe(`${PUBLIC_URL}/issuers/${slug}/logo.svg`);
    const before = await issue('Alva Berg');
    expect(before.pdf.includes('/Subtype /Image')).toBe(false);

    const png = samplePng(240, 80);
    const set = await admin.put('/api/organisation/logo', { image: dataUrl(png) }).expect(200);
    const url = `${PUBLIC_URL}/issuers/${slug}/logo.png`;
    expect(set.body).toEqual({ type: 'image/png', url });
    expect((await admin.get('/api/organisation/logo').expect(200)).body).toEqual({ logo: { type: 'image/png', url } });
    const served = await t.http().get(`/issuers/${slug}/logo.png`).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(served.body as Buffer, png)).toBe(0);
    expect(await profileImage()).toBe(url);

    const after = await issue('Bo Dahl');
    expect(after.pdf.includes('/Subtype /Image')).toBe(true);
    expect(after.credential.issuer.image.id).toBe(url);

    // Another organisation has none of it.
    expect((await (await t.as('admin', await t.createOrganisation('Grannregionen'))).get('/api/organisation/logo').expect(200)).body).toEqual({ logo: null });

    await admin.delete('/api/organisation/logo').expect(204);
    expect((await admin.get('/api/organisation/logo').expect(200)).body).toEqual({ logo: null });
    // The address older credentials name sends the drawn logo instead.
    expect((await t.http().get(`/issuers/${slug}/logo.png`).expect(302)).headers['location']).toBe(`/issuers/${slug}/logo.svg`);
    expect(await profileImage()).toBe(`${PUBLIC_URL}/issuers/${slug}/logo.svg`);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE actor_id = $1 AND action LIKE 'organisation-logo.%' ORDER BY id`, [admin.user.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['organisation-logo.set', 'organisation-logo.remove']);
  });

  it('refuses what is not a PNG or JPEG it can print, naming the field and the rule, and keeps the logo it had', async () => {
    await admin.put('/api/organisation/logo', { image: dataUrl(samplePng(120, 40)) }).expect(200);
    const refusals: [string, string][] = [
      [`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`, 'field.matches'],
      [dataUrl(samplePng(64, 64), 'image/jpeg'), 'field.logo-type'],
      [dataUrl(Buffer.from('not an image at all, just text')), 'field.logo-type'],
      [dataUrl(samplePng(16, 16)), 'field.logo-dimensions'],
      [dataUrl(Buffer.alloc(210 * 1024, 1)), 'field.max-length'],
    ];
    for (const [image, code] of refusals) {
      const response = await admin.put('/api/organisation/logo', { image }).expect(400);
      expect([code, response.body.errors]).toEqual([code, [expect.objectContaining({ field: 'image', code })]]);
    }
    const [{ width }] = await t.dataSource.query(`SELECT get_byte(logo, 19) AS width FROM organisations WHERE id = $1`, [t.organisationId]);
    expect(width).toBe(120);
  });

  it('is set by an organisation’s administrator only', async () => {
    await leader.put('/api/organisation/logo', { image: dataUrl(samplePng(64, 64)) }).expect(403);
    await (await t.as('national_admin')).delete('/api/organisation/logo').expect(403);
  });
});
