import type { CohortDto } from '@peer/contract';
import { pdfText } from '@peer/certificate-pdf/testing';
import { createCohort, weeklyDays } from '../../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../../test/test-app';

jest.setTimeout(120_000);

describe("an organisation's certificate signatory", () => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    admin = await t.as('admin');
    leader = await t.as('course_leader');
  });
  afterAll(async () => {
    await t.close();
  });

  /** The printed text of a certificate issued now to a new trainee of `by`'s organisation. */
  async function issuedText(by: Client, name: string): Promise<string> {
    const { cohort, enrolments } = await createCohort(by, { name: `Kull ${name}`, trainees: [name], days: weeklyDays('2026-01-12') });
    const enrolment = enrolments[0]!;
    await completeBaseCourse(t, by, cohort as CohortDto, enrolment);
    const issued = (await by.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    const [row] = await t.dataSource.query('SELECT pdf FROM certificates WHERE id = $1', [issued.id]);
    return (await pdfText(row.pdf as Buffer)).replace(/\s+/g, ' ');
  }

  it('is printed on the certificates issued while it is named, and only on its own organisation’s', async () => {
    expect((await admin.get('/api/organisation/certificate-signatory').expect(200)).body).toEqual({ signatory: null });
    expect(await issuedText(leader, 'Alva Berg')).not.toContain('Undertecknat');

    const set = await admin.put('/api/organisation/certificate-signatory', { name: ' Ylva Sjöberg ', title: 'verksamhetsledare' }).expect(200);
    expect(set.body).toEqual({ name: 'Ylva Sjöberg', title: 'verksamhetsledare' });
    expect((await admin.get('/api/organisation/certificate-signatory').expect(200)).body).toEqual({ signatory: { name: 'Ylva Sjöberg', title: 'verksamhetsledare' } });
    expect(await issuedText(leader, 'Bo Dahl')).toContain('Undertecknat: Ylva Sjöberg, verksamhetsledare');

    // Another organisation's administrator sees none, and its certificates name none.
    const elsewhere = await t.createOrganisation('Grannregionen');
    expect((await (await t.as('admin', elsewhere)).get('/api/organisation/certificate-signatory').expect(200)).body).toEqual({ signatory: null });
    expect(await issuedText(await t.as('course_leader', elsewhere), 'Cecilia Ek')).not.toContain('Ylva Sjöberg');

    await admin.delete('/api/organisation/certificate-signatory').expect(204);
    expect((await admin.get('/api/organisation/certificate-signatory').expect(200)).body).toEqual({ signatory: null });
    expect(await issuedText(leader, 'David Falk')).not.toContain('Undertecknat');

    const audit = await t.dataSource.query(`SELECT action, details FROM audit_events WHERE actor_id = $1 AND action LIKE 'certificate-signatory.%' ORDER BY id`, [admin.user.id]);
    expect(audit).toEqual([
      { action: 'certificate-signatory.set', details: { name: 'Ylva Sjöberg', title: 'verksamhetsledare' } },
      { action: 'certificate-signatory.remove', details: {} },
    ]);
  });

  it('refuses a blank or missing part naming the field, and keeps what was named', async () => {
    await admin.put('/api/organisation/certificate-signatory', { name: 'Ylva Sjöberg', title: 'verksamhetsledare' }).expect(200);
    const blank = await admin.put('/api/organisation/certificate-signatory', { name: '   ', title: 'ordförande' }).expect(400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'name', rule: 'matches' })]);
    const missing = await admin.put('/api/organisation/certificate-signatory', { name: 'Ylva Sjöberg' }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('title');
    const long = await admin.put('/api/organisation/certificate-signatory', { name: 'Ylva', title: 'x'.repeat(121) }).expect(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'title', rule: 'isLength' })]);
    expect((await admin.get('/api/organisation/certificate-signatory').expect(200)).body.signatory).toEqual({ name: 'Ylva Sjöberg', title: 'verksamhetsledare' });
  });

  it('is named by an organisation’s administrator only', async () => {
    await leader.put('/api/organisation/certificate-signatory', { name: 'Eva', title: 'kursledare' }).expect(403);
    await (await t.as('national_admin')).get('/api/organisation/certificate-signatory').expect(403);
  });
});
