import { RENEWAL_REFUSALS, type CertificateDto, type CohortDto, type RenewalDto } from '@peer/contract';
import { randomUUID } from 'node:crypto';
import { createCohort, EnrolledTrainee, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse, giveCourseCertificate } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { CertificateRenewal1797100000000 } from '../database/migrations/1797100000000-CertificateRenewal';

jest.setTimeout(240_000);

const REFRESHER = { sv: 'Uppdatering och repetition för certifierade peer supporters', en: 'Refresher for certified peer supporters' };
const stockholmDate = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);

describe('certificate renewal', () => {
  let t: TestApp;
  let leader: Client;
  let otherLeader: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    otherLeader = await t.as('course_leader');
    admin = await t.as('admin');
  });
  afterAll(async () => {
    await t.close();
  });

  interface Holder {
    cohort: CohortDto;
    enrolment: EnrolledTrainee;
    trainee: Client;
    certificate: CertificateDto;
    groupId?: string;
  }

  /** A trainee of a base cohort led by `leader`, certified. */
  async function certified(name: string): Promise<Holder> {
    const { cohort, enrolments } = await createCohort(leader, { name: `Kull ${name}`, trainees: [name], days: weeklyDays('2026-01-12') });
    const enrolment = enrolments[0]!;
    const trainee = await completeBaseCourse(t, leader, cohort, enrolment);
    const certificate = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    return { cohort, enrolment, trainee, certificate };
  }

  /** Supervision sessions of `minutes` each that she attended, led by `leader`, on `date` (today unless given). */
  async function supervise(holder: Holder, minutes: number[], date = stockholmDate(new Date())): Promise<void> {
    const traineeId = holder.enrolment.enrolment.traineeId;
    holder.groupId ??= (await admin.post('/api/supervision/groups', { name: `Handledning ${traineeId.slice(0, 8)}`, supervisorIds: [leader.user.id], memberIds: [traineeId] }).expect(201)).body.id;
    for (const length of minutes) {
      await leader.post(`/api/supervision/groups/${holder.groupId}/sessions`, { date, startTime: '17:30', minutes: length, attendance: [{ traineeId, present: true }] }).expect(201);
    }
  }

  const renewal = async (client: Client, id: string) => (await client.get(`/api/certificates/${id}/renewal`).expect(200)).body as RenewalDto;
  const stored = async (id: string) => ((await t.dataSource.query(`SELECT status, renews_certificate_id AS renews FROM certificates WHERE id = $1`, [id])) as { status: string; renews: string | null }[])[0]!;
  const cohortCertificates = async (holder: Holder) => (await leader.get(`/api/cohorts/${holder.cohort.id}/certificates`).expect(200)).body.certificates as CertificateDto[];
  const auditPeople = async (action: string, subjectId: string) =>
    ((await t.dataSource.query(`SELECT p.person_id FROM audit_events e JOIN audit_event_people p ON p.event_id = e.id WHERE e.action = $1 AND e.subject_id = $2`, [action, subjectId])) as { person_id: string }[]).map((r) => r.person_id);

  describe('one holder, from not ready to renewed', () => {
    let holder: Holder;
    let renewed: CertificateDto;

    beforeAll(async () => {
      holder = await certified('Maja Renberg');
    });

    it('is not ready without a refresher certificate nor supervision, and says why in Swedish and English', async () => {
      const since = stockholmDate(new Date(holder.certificate.issuedAt));
      const answer = await renewal(leader, holder.certificate.id);
      expect(answer).toEqual({
        certificateId: holder.certificate.id,
        renewable: true,
        ready: false,
        supervisionHours: 0,
        requirements: [
          {
            id: 'renewal-course:refresher',
            kind: 'renewal-course',
            status: 'pending',
            label: { sv: `Förnyelse: ${REFRESHER.sv}`, en: `Renewal: ${REFRESHER.en}` },
            reason: { sv: `Kräver giltigt intyg utfärdat ${since} eller senare: ${REFRESHER.sv}`, en: `Requires a valid certificate issued on or after ${since}: ${REFRESHER.en}` },
          },
          {
            id: 'supervision-hours',
            kind: 'supervision-hours',
            status: 'pending',
            label: { sv: 'Förnyelse: 10 handledningstimmar', en: 'Renewal: 10 supervision hours' },
            reason: { sv: 'Förnyelse: 0 av 10 handledningstimmar', en: 'Renewal: 0 of 10 supervision hours' },
          },
        ],
      });
      expect(await auditPeople('certificate.renewal.view', holder.certificate.id)).toEqual([holder.enrolment.enrolment.traineeId]);
    });

    it('counts supervision within the period but is still not ready with too few hours, and refuses to renew naming what is missing', async () => {
      await supervise(holder, [450]);
      // A session before the certificate was issued does not count towards its renewal.
      await supervise(holder, [120], '2025-12-01');
      const answer = await renewal(leader, holder.certificate.id);
      expect(answer.supervisionHours).toBe(7.5);
      expect(answer.requirements[1]).toMatchObject({ status: 'pending', reason: { sv: 'Förnyelse: 7,5 av 10 handledningstimmar', en: 'Renewal: 7.5 of 10 supervision hours' } });
      const refused = await leader.post(`/api/certificates/${holder.certificate.id}/renew`, {}).expect(409);
      expect(refused.body.code).toBe(RENEWAL_REFUSALS.requirementsUnmet);
      expect(refused.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['renewal-course:refresher', RENEWAL_REFUSALS.requirementsUnmet],
        ['supervision-hours', RENEWAL_REFUSALS.requirementsUnmet],
      ]);
      expect(await stored(holder.certificate.id)).toEqual({ status: 'valid', renews: null });
    });

    it('shows the holder her own renewal, and refuses her the renewal itself (403)', async () => {
      const own = await renewal(holder.trainee, holder.certificate.id);
      expect(own.requirements.map((r) => r.status)).toEqual(['pending', 'pending']);
      const refused = await holder.trainee.post(`/api/certificates/${holder.certificate.id}/renew`, {}).expect(403);
      expect(refused.body.code).toBe('access.denied');
    });

    it('looks like nothing to a leader of another cohort and to another trainee', async () => {
      const unknown = await leader.get(`/api/certificates/${randomUUID()}/renewal`).expect(404);
      const viewed = await otherLeader.get(`/api/certificates/${holder.certificate.id}/renewal`).expect(404);
      expect(viewed.body).toEqual(unknown.body);
      const renew = await otherLeader.post(`/api/certificates/${holder.certificate.id}/renew`, {}).expect(404);
      expect(renew.body).toEqual((await otherLeader.post(`/api/certificates/${randomUUID()}/renew`, {}).expect(404)).body);
      const stranger = await t.as('trainee');
      expect((await stranger.get(`/api/certificates/${holder.certificate.id}/renewal`).expect(404)).body).toEqual(unknown.body);
    });

    it('is ready with a refresher certificate issued since and ten hours, and renews into a new valid certificate', async () => {
      const refresherId = await giveCourseCertificate(t, leader, holder.enrolment, 'refresher');
      await supervise(holder, [150]);
      // Time passes: its validity ends within three weeks, so it is on the expiring list (until renewed).
      await t.dataSource.query(`UPDATE certificates SET valid_until = now() + interval '20 days' WHERE id = $1`, [holder.certificate.id]);
      const expiring = (await leader.get('/api/certificates/expiring?days=30').expect(200)).body.certificates as CertificateDto[];
      expect(expiring.map((c) => c.id)).toContain(holder.certificate.id);
      const ready = await renewal(leader, holder.certificate.id);
      expect(ready.ready).toBe(true);
      expect(ready.supervisionHours).toBe(10);
      expect(ready.requirements.map((r) => r.status)).toEqual(['met', 'met']);
      expect(ready.requirements[1]!.reason.sv).toBe('Förnyelse: 10 av 10 handledningstimmar');

      renewed = (await leader.post(`/api/certificates/${holder.certificate.id}/renew`, { language: 'en' }).expect(201)).body;
      expect(renewed).toMatchObject({
        courseId: 'base',
        version: holder.certificate.version,
        status: 'valid',
        holderName: holder.certificate.holderName,
        language: 'en',
        renews: holder.certificate.id,
        renewedBy: null,
      });
      expect(renewed.id).not.toBe(holder.certificate.id);
      expect(renewed.id).not.toBe(refresherId);
      // Validity runs from the renewal's own issue.
      const issued = new Date(renewed.issuedAt);
      expect(new Date(renewed.validUntil!).getUTCFullYear()).toBe(issued.getUTCFullYear() + 3);
      expect(renewed.validUntil!.slice(4)).toBe(renewed.issuedAt.slice(4));

      const listed = await cohortCertificates(holder);
      expect(listed.find((c) => c.id === holder.certificate.id)).toMatchObject({ status: 'renewed', renewedBy: renewed.id, renews: null });
      expect(listed.find((c) => c.id === renewed.id)).toMatchObject({ status: 'valid', renews: holder.certificate.id, renewedBy: null });
      const mine = (await holder.trainee.get('/api/me/certificates').expect(200)).body.certificates as CertificateDto[];
      expect(mine.find((c) => c.id === holder.certificate.id)).toMatchObject({ status: 'renewed', renewedBy: renewed.id });
      expect(await auditPeople('certificate.renew', renewed.id)).toEqual([holder.enrolment.enrolment.traineeId]);
      // The new one is signed and rendered like any other.
      const pdf = await leader.get(`/api/certificates/${renewed.id}/pdf`).expect(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
    });

    it('refuses to renew a renewed certificate again, and renews nothing twice', async () => {
      const refused = await leader.post(`/api/certificates/${holder.certificate.id}/renew`, {}).expect(409);
      expect(refused.body.code).toBe(RENEWAL_REFUSALS.notCurrent);
      const answer = await renewal(leader, holder.certificate.id);
      expect(answer).toMatchObject({ renewable: true, ready: false });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM certificates WHERE renews_certificate_id = $1`, [holder.certificate.id]);
      expect(count).toBe(1);
    });

    it('leaves a renewed certificate out of the expiring list, and never changes what it renews', async () => {
      const expiring = (await leader.get('/api/certificates/expiring?days=30').expect(200)).body.certificates as CertificateDto[];
      expect(expiring.map((c) => c.id)).not.toContain(holder.certificate.id);
      expect(expiring.map((c) => c.id)).not.toContain(renewed.id);
      await expect(t.dataSource.query(`UPDATE certificates SET renews_certificate_id = NULL WHERE id = $1`, [renewed.id])).rejects.toThrow('an issued certificate cannot be changed');
      // Renewed may become valid again only when its renewal is revoked: while that stands, the one-valid rule refuses it.
      await expect(t.dataSource.query(`UPDATE certificates SET status = 'valid' WHERE id = $1`, [holder.certificate.id])).rejects.toThrow('certificates_one_valid_key');
      await expect(t.dataSource.query(`UPDATE certificates SET status = 'superseded' WHERE id = $1`, [holder.certificate.id])).rejects.toThrow('an issued certificate cannot be changed');
    });

    it('shows the old page as renewed with a link to the renewal, and the history on both pages', async () => {
      const first = holder.certificate.issuedAt.slice(0, 10);
      const then = renewed.issuedAt.slice(0, 10);
      const old = (await t.http().get(`/verify/${holder.certificate.code}`).expect(200)).text;
      expect(old).toContain('<p class="status info" role="status">Förnyat – ersatt av ett nyare intyg</p>');
      expect(old).toContain(`<a class="renewal" href="/verify/${renewed.code}?lang=sv">Se det förnyade intyget</a>`);
      expect(old).toContain(`<p class="history">Först utfärdat ${first}, förnyat ${then}</p>`);
      expect(old).not.toContain('role="status">Har gått ut');
      const oldEn = (await t.http().get(`/verify/${holder.certificate.code}?lang=en`).expect(200)).text;
      expect(oldEn).toContain('role="status">Renewed — replaced by a newer certificate</p>');
      expect(oldEn).toContain(`<p class="history">First issued ${first}, renewed ${then}</p>`);

      const current = (await t.http().get(`/verify/${renewed.code}?lang=sv`).expect(200)).text;
      expect(current).toContain('<p class="status ok" role="status">Giltigt</p>');
      expect(current).toContain(`<p class="history">Först utfärdat ${first}, förnyat ${then}</p>`);
      const currentEn = (await t.http().get(`/verify/${renewed.code}?lang=en`).expect(200)).text;
      expect(currentEn).toContain(`<p class="history">First issued ${first}, renewed ${then}</p>`);
      // A certificate that was never renewed shows no history.
      const single = (await t.http().get(`/verify/${(await certifiedCode())}`).expect(200)).text;
      expect(single).not.toContain('class="history"');
    });

    it('keeps what a corrected renewal renews, and the chain without the replaced one', async () => {
      const corrected = (await leader.post(`/api/certificates/${renewed.id}/reissue`, { holderName: 'Maja Renberg-Ek', reason: 'Namnbyte' }).expect(201)).body as CertificateDto;
      expect(corrected.renews).toBe(holder.certificate.id);
      expect(await stored(corrected.id)).toEqual({ status: 'valid', renews: holder.certificate.id });
      const listed = await cohortCertificates(holder);
      expect(listed.find((c) => c.id === holder.certificate.id)?.renewedBy).toBe(corrected.id);
      // The correction changed the name: the old page says "renewed" but does not tie the old name to the new one.
      const old = (await t.http().get(`/verify/${holder.certificate.code}`).expect(200)).text;
      expect(old).toContain('Förnyat – ersatt av ett nyare intyg');
      expect(old).not.toContain(corrected.code);
      expect(old).not.toContain('Maja Renberg-Ek');
      const page = (await t.http().get(`/verify/${corrected.code}?lang=sv`).expect(200)).text;
      expect(page).toContain(`<p class="history">Först utfärdat ${holder.certificate.issuedAt.slice(0, 10)}, förnyat ${corrected.issuedAt.slice(0, 10)}</p>`);
      expect(page).not.toContain(renewed.code);
    });

    it('gives the renewed certificate its own status back when its renewal is revoked', async () => {
      const current = (await cohortCertificates(holder)).find((c) => c.status === 'valid' && c.renews === holder.certificate.id) as CertificateDto;
      await leader.post(`/api/certificates/${current.id}/revoke`, { reason: 'issued-in-error' }).expect(201);
      expect(await stored(holder.certificate.id)).toEqual({ status: 'valid', renews: null });
      const page = (await t.http().get(`/verify/${holder.certificate.code}?lang=sv`).expect(200)).text;
      expect(page).toContain('role="status">Giltigt</p>');
      expect(page).not.toContain('Se det förnyade intyget');
      // Nothing else of it may change meanwhile.
      await expect(t.dataSource.query(`UPDATE certificates SET status = 'renewed' WHERE id = $1`, [current.id])).rejects.toThrow(/cannot be changed/);
    });
  });

  let spare: Holder | undefined;
  /** The code of a certificate nobody renewed. */
  async function certifiedCode(): Promise<string> {
    spare ??= await certified('Signe Enkel');
    return spare.certificate.code;
  }

  it('refuses a certificate of a course without renewal rules, and a revoked one', async () => {
    const holder = await certified('Rut Refresh');
    const refresherId = await giveCourseCertificate(t, leader, holder.enrolment, 'refresher');
    const notRenewable = await leader.post(`/api/certificates/${refresherId}/renew`, {}).expect(409);
    expect(notRenewable.body.code).toBe(RENEWAL_REFUSALS.notRenewable);
    expect(await renewal(leader, refresherId)).toEqual({ certificateId: refresherId, renewable: false, ready: false, supervisionHours: 0, requirements: [] });

    await leader.post(`/api/certificates/${holder.certificate.id}/revoke`, { reason: 'issued-in-error' }).expect(201);
    const revoked = await leader.post(`/api/certificates/${holder.certificate.id}/renew`, {}).expect(409);
    expect(revoked.body.code).toBe(RENEWAL_REFUSALS.notCurrent);
    expect((await renewal(leader, holder.certificate.id)).ready).toBe(false);
  });

  it('renews an expired certificate exactly once when two renewals race', async () => {
    const holder = await certified('Tova Tvilling');
    await giveCourseCertificate(t, leader, holder.enrolment, 'refresher');
    await supervise(holder, [300, 300]);
    // Time passes: its validity has just ended (the supervision lay within it).
    await t.dataSource.query(`UPDATE certificates SET valid_until = now() - interval '1 minute' WHERE id = $1`, [holder.certificate.id]);
    expect((await cohortCertificates(holder)).find((c) => c.id === holder.certificate.id)?.validUntil).not.toBe(holder.certificate.validUntil);
    const ready = await renewal(admin, holder.certificate.id);
    expect(ready).toMatchObject({ renewable: true, ready: true, supervisionHours: 10 });
    expect((await t.http().get(`/verify/${holder.certificate.code}`).expect(200)).text).toContain('role="status">Har gått ut</p>');

    const answers = await Promise.all([leader.post(`/api/certificates/${holder.certificate.id}/renew`, {}), admin.post(`/api/certificates/${holder.certificate.id}/renew`, {})]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe(RENEWAL_REFUSALS.notCurrent);
    const renewals = (await t.dataSource.query(`SELECT id, status FROM certificates WHERE renews_certificate_id = $1`, [holder.certificate.id])) as { id: string; status: string }[];
    expect(renewals).toEqual([{ id: answers.find((a) => a.status === 201)?.body.id, status: 'valid' }]);
    expect(await stored(holder.certificate.id)).toEqual({ status: 'renewed', renews: null });
    // Renewed, never "expired", although its end date has passed.
    const page = (await t.http().get(`/verify/${holder.certificate.code}`).expect(200)).text;
    expect(page).toContain('role="status">Förnyat – ersatt av ett nyare intyg</p>');
    const own = await signInTrainee(t, holder.enrolment);
    expect((await own.get('/api/me/certificates').expect(200)).body.certificates.find((c: CertificateDto) => c.id === holder.certificate.id)?.status).toBe('renewed');
  });

  it('undoes its migration by turning renewed certificates into superseded ones, and redoes it', async () => {
    const [before] = (await t.dataSource.query(`SELECT id, renews_certificate_id AS renews FROM certificates WHERE renews_certificate_id IS NOT NULL AND status = 'valid' ORDER BY issued_at DESC LIMIT 1`)) as { id: string; renews: string }[];
    expect(before).toBeDefined();
    const migration = new CertificateRenewal1797100000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const [old] = await runner.query(`SELECT status, superseded_by FROM certificates WHERE id = $1`, [before!.renews]);
      expect(old).toEqual({ status: 'superseded', superseded_by: before!.id });
      await migration.up(runner);
      const [constraint] = await runner.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'certificates_status_check'`);
      expect(constraint.def).toContain('renewed');
      const [fn] = await runner.query(`SELECT prosrc FROM pg_proc WHERE proname = 'certificates_append_only'`);
      expect(fn.prosrc).toContain('NEW.renews_certificate_id IS DISTINCT FROM OLD.renews_certificate_id');
    } finally {
      await runner.release();
    }
  });
});
