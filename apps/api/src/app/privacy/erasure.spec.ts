import type { ErasureRequestDto } from '@peer/contract';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { traineeWithData, TraineeWithData, whereTextOccurs } from './privacy-fixture';

jest.setTimeout(180_000);

describe('erasure at the trainee’s request', () => {
  let t: TestApp;
  let leader: Client;
  let admin: Client;
  let ulrika: TraineeWithData;
  let other: TraineeWithData;
  const name = 'Ulrika Zettervall-Quist';

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    admin = await t.as('admin');
    ulrika = await traineeWithData(t, leader, name, 'ulrikamarker');
    other = await traineeWithData(t, leader, 'Oskar Beständig', 'oskarmarker');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets her ask twice and find one request, and cancel it while it is pending', async () => {
    const first = (await other.trainee.post('/api/me/erasure-request').expect(200)).body as ErasureRequestDto;
    const second = (await other.trainee.post('/api/me/erasure-request').expect(200)).body as ErasureRequestDto;
    expect(second.id).toBe(first.id);
    expect(first.status).toBe('pending');
    expect((await other.trainee.get('/api/me/erasure-request').expect(200)).body.request.id).toBe(first.id);
    await other.trainee.delete('/api/me/erasure-request').expect(204);
    await other.trainee.delete('/api/me/erasure-request').expect(404);
    expect((await other.trainee.get('/api/me/erasure-request').expect(200)).body.request).toBeNull();
    // A cancelled request can no longer be carried out, and looks like any unknown one.
    const unknown = await admin.post('/api/admin/erasure-requests/00000000-0000-4000-8000-000000000000/confirm', { confirm: true }).expect(404);
    const cancelled = await admin.post(`/api/admin/erasure-requests/${first.id}/confirm`, { confirm: true }).expect(404);
    expect(cancelled.body).toEqual(unknown.body);
    await other.trainee.get('/api/auth/me').expect(200);
  });

  it('is for trainees to ask and for administrators to list and carry out', async () => {
    await leader.post('/api/me/erasure-request').expect(403);
    await admin.post('/api/me/erasure-request').expect(403);
    await ulrika.trainee.get('/api/admin/erasure-requests').expect(403);
    await leader.get('/api/admin/erasure-requests').expect(403);
    const { body: request } = await ulrika.trainee.post('/api/me/erasure-request').expect(200);
    await leader.post(`/api/admin/erasure-requests/${request.id}/confirm`, { confirm: true }).expect(403);
    await ulrika.trainee.post(`/api/admin/erasure-requests/${request.id}/confirm`, { confirm: true }).expect(403);
    const missing = await admin.post(`/api/admin/erasure-requests/${request.id}/confirm`, {}).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'confirm' })]);
    await admin.post('/api/admin/erasure-requests/not-an-id/confirm', { confirm: true }).expect(400);
    const { body: list } = await admin.get('/api/admin/erasure-requests').expect(200);
    expect(list.requests).toEqual([expect.objectContaining({ id: request.id, traineeId: ulrika.enrolment.enrolment.traineeId, name, status: 'pending' })]);
    // Nothing changed yet.
    await ulrika.trainee.get('/api/auth/me').expect(200);
  });

  describe('once an administrator confirms', () => {
    let email: string;
    let traineeId: string;
    let pseudonym: string;

    beforeAll(async () => {
      email = ulrika.enrolment.enrolment.email;
      traineeId = ulrika.enrolment.enrolment.traineeId;
      // Staff looked at her data before: the log keeps pointing at her.
      await leader.get(`/api/cohorts/${ulrika.cohort.id}`).expect(200);
      const { body: list } = await admin.get('/api/admin/erasure-requests').expect(200);
      const { body } = await admin.post(`/api/admin/erasure-requests/${list.requests[0].id}/confirm`, { confirm: true }).expect(200);
      expect(body).toEqual(expect.objectContaining({ status: 'done', revokedCertificates: 1 }));
      pseudonym = body.pseudonym;
      expect(pseudonym).toMatch(/^Raderad deltagare [0-9A-F]{4}$/);
    });

    it('leaves her no way in', async () => {
      await ulrika.trainee.get('/api/auth/me').expect(401);
      await t.http().post('/api/auth/login').send({ email, password: ulrika.enrolment.password }).expect(401);
      const [{ sessions }] = await t.dataSource.query(`SELECT count(*)::int AS sessions FROM sessions WHERE user_id = $1`, [traineeId]);
      expect(sessions).toBe(0);
    });

    it('leaves her name, e-mail and free texts nowhere in the database', async () => {
      expect(await whereTextOccurs(t, name)).toEqual([]);
      expect(await whereTextOccurs(t, email)).toEqual([]);
      expect(await whereTextOccurs(t, 'ulrikamarker')).toEqual([]);
      // The other trainee keeps everything.
      expect(await whereTextOccurs(t, 'Oskar Beständig')).toEqual(expect.arrayContaining(['public.users.name', 'public.certificates.holder_name']));
      expect(await whereTextOccurs(t, 'oskarmarker')).toEqual(expect.arrayContaining(['public.absence_notices.reason', 'public.role_play_reflections.text', 'public.attendance.comment', 'public.attendance_changes.comment', 'public.make_up_bookings.request_note', 'public.supervision_attendance.reflection']));
      const [{ pdf }] = await t.dataSource.query(`SELECT sum(length(pdf))::int AS pdf FROM certificates WHERE trainee_id = $1`, [traineeId]);
      expect(pdf).toBe(0);
      const [row] = await t.dataSource.query(`SELECT name, erased_at FROM users WHERE id = $1`, [traineeId]);
      expect(row.name).toBe(pseudonym);
      expect(row.erased_at).not.toBeNull();
    });

    it('keeps the facts statistics need, attached to the pseudonym', async () => {
      const [{ days }] = await t.dataSource.query(`SELECT count(*)::int AS days FROM attendance WHERE trainee_id = $1 AND status = 'present'`, [traineeId]);
      expect(days).toBe(10);
      const roster = (await leader.get(`/api/cohorts/${ulrika.cohort.id}`).expect(200)).text;
      expect(roster).not.toContain(name);
    });

    it('revokes her certificate at her request, and no public page names her', async () => {
      const page = await t.http().get(`/verify/${ulrika.certificateCode}?lang=en`).expect(200);
      expect(page.text).toContain('Withdrawn at the holder’s request');
      expect(page.text).not.toContain(name);
      expect(page.text).not.toContain('Ulrika');
      const [{ revoked_at }] = await t.dataSource.query(`SELECT revoked_at FROM certificates WHERE code = $1`, [ulrika.certificateCode]);
      expect(page.text).toContain(String(new Date(revoked_at).getUTCFullYear()));
      await t.http().get(`/credentials/${ulrika.certificateCode}`).expect(404);
      const [{ code, revocation_code }] = await t.dataSource.query(`SELECT code, revocation_code FROM certificates WHERE trainee_id = $1`, [traineeId]);
      expect(code).toBe(ulrika.certificateCode);
      expect(revocation_code).toBe('withdrawn-at-holders-request');
      const [{ links }] = await t.dataSource.query(`SELECT count(*)::int AS links FROM share_links WHERE trainee_id = $1`, [traineeId]);
      expect(links).toBe(0);
      const [{ feeds }] = await t.dataSource.query(`SELECT count(*)::int AS feeds FROM calendar_feeds WHERE owner_id = $1`, [traineeId]);
      expect(feeds).toBe(0);
      // The other trainee's public page still names him.
      const [{ code: otherCode }] = await t.dataSource.query(`SELECT code FROM certificates WHERE trainee_id = $1`, [other.enrolment.enrolment.traineeId]);
      expect((await t.http().get(`/verify/${otherCode}`).expect(200)).text).toContain('Oskar Beständig');
    });

    it('shows the pseudonym wherever the audit trail points at her, and records the erasure without her name', async () => {
      const names = (await t.dataSource.query(`SELECT DISTINCT u.name FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.actor_id = $1`, [traineeId])) as { name: string }[];
      expect(names).toEqual([{ name: pseudonym }]);
      const events = (await t.dataSource.query(`SELECT actor_id, details FROM audit_events WHERE action = 'privacy.erase' AND subject_id = $1`, [traineeId])) as {
        actor_id: string;
        details: object;
      }[];
      expect(events).toHaveLength(1);
      expect(events[0]!.actor_id).toBe(admin.user.id);
      expect(JSON.stringify(events[0]!.details)).not.toContain('Ulrika');
    });

    it('lets only an erasure scrub certificates and observations, and never what they state', async () => {
      const otherCode = ((await t.dataSource.query(`SELECT code FROM certificates WHERE trainee_id = $1`, [other.enrolment.enrolment.traineeId])) as { code: string }[])[0]?.code;
      const [{ id: signed }] = await t.dataSource.query(`SELECT a.id FROM role_play_attempts a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.trainee_id = $1 LIMIT 1`, [other.enrolment.enrolment.traineeId]);
      const inErasure = async (sql: string, params: unknown[]) => {
        const runner = t.dataSource.createQueryRunner();
        await runner.startTransaction();
        try {
          await runner.query(`SELECT set_config('peer.erasure', 'on', true)`);
          return await runner.query(sql, params);
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
      };
      // Outside an erasure a revoked certificate and a signed observation stay as they are.
      await expect(t.dataSource.query(`UPDATE certificates SET holder_name = 'X' WHERE code = $1`, [ulrika.certificateCode])).rejects.toThrow(/cannot be changed/);
      await expect(t.dataSource.query(`UPDATE role_play_attempts SET overall_feedback = 'X' WHERE id = $1`, [signed])).rejects.toThrow(/cannot be changed/);
      // Inside one, a valid certificate is revoked first; the code, status and reason never change; nothing is deleted.
      await expect(inErasure(`UPDATE certificates SET holder_name = 'X' WHERE code = $1`, [otherCode])).rejects.toThrow(/cannot be changed/);
      await expect(inErasure(`UPDATE certificates SET revocation_code = 'issued-in-error' WHERE code = $1`, [ulrika.certificateCode])).rejects.toThrow(/cannot be changed/);
      await expect(inErasure(`UPDATE certificates SET code = 'x' || code WHERE code = $1`, [ulrika.certificateCode])).rejects.toThrow(/cannot be changed/);
      await expect(inErasure(`DELETE FROM certificates WHERE code = $1`, [ulrika.certificateCode])).rejects.toThrow(/never deleted/);
      await expect(inErasure(`UPDATE role_play_attempts SET result = 'not_yet' WHERE id = $1`, [signed])).rejects.toThrow(/cannot be changed/);
      await expect(inErasure(`UPDATE role_play_attempts SET overall_feedback = NULL WHERE id = $1`, [signed])).resolves.toBeDefined();
    });

    it('is done once: the request is settled and no longer listed', async () => {
      expect((await admin.get('/api/admin/erasure-requests').expect(200)).body.requests).toEqual([]);
      const [request] = await t.dataSource.query(`SELECT id, status FROM erasure_requests WHERE trainee_id = $1`, [traineeId]);
      expect(request.status).toBe('done');
      await admin.post(`/api/admin/erasure-requests/${request.id}/confirm`, { confirm: true }).expect(404);
    });
  });
});
