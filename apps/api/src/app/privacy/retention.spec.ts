import { JobQueue } from '../jobs/job-queue';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { traineeWithData, TraineeWithData } from './privacy-fixture';
import { Retention, RETENTION_JOB } from './retention';

jest.setTimeout(180_000);

/** Moves everything that counts as her activity `years` (and a day) into the past. */
async function ageActivity(t: TestApp, traineeId: string, years: number): Promise<void> {
  const shift = `interval '${years} years 1 day'`;
  await t.dataSource.query(`UPDATE users SET created_at = created_at - ${shift} WHERE id = $1`, [traineeId]);
  await t.dataSource.query(`UPDATE audit_events SET at = at - ${shift} WHERE actor_id = $1`, [traineeId]);
  await t.dataSource.query(`UPDATE enrolments SET enrolled_at = enrolled_at - ${shift}, withdrawn_at = withdrawn_at - ${shift} WHERE trainee_id = $1`, [traineeId]);
  await t.dataSource.query(`UPDATE enrolment_invitations SET created_at = created_at - ${shift} WHERE email = (SELECT email FROM users WHERE id = $1)`, [traineeId]);
  await t.dataSource.query(`UPDATE make_up_bookings SET requested_at = requested_at - ${shift} WHERE enrolment_id IN (SELECT id FROM enrolments WHERE trainee_id = $1)`, [traineeId]);
  await t.dataSource.query(`UPDATE course_days SET date = date - ${shift} WHERE cohort_id IN (SELECT cohort_id FROM enrolments WHERE trainee_id = $1)`, [traineeId]);
  await t.dataSource.query(`UPDATE supervision_sessions SET session_date = session_date - ${shift} WHERE id IN (SELECT session_id FROM supervision_attendance WHERE trainee_id = $1)`, [traineeId]);
  await t.dataSource.query(`ALTER TABLE certificates DISABLE TRIGGER certificates_append_only`);
  await t.dataSource.query(`UPDATE certificates SET issued_at = issued_at - ${shift}, valid_until = valid_until - ${shift} WHERE trainee_id = $1`, [traineeId]);
  await t.dataSource.query(`ALTER TABLE certificates ENABLE TRIGGER certificates_append_only`);
}

const nameOf = async (t: TestApp, id: string) => ((await t.dataSource.query(`SELECT name FROM users WHERE id = $1`, [id])) as { name: string }[])[0]!.name;

describe('retention', () => {
  describe('with RETENTION_INACTIVE_YEARS', () => {
    let t: TestApp;
    let leader: Client;
    let inactive: TraineeWithData;
    let active: TraineeWithData;

    beforeAll(async () => {
      t = await startTestApp({ RETENTION_INACTIVE_YEARS: '3' });
      await t.publishCurriculum();
      leader = await t.as('course_leader');
      inactive = await traineeWithData(t, leader, 'Ines Inaktiv', 'inesmarker');
      active = await traineeWithData(t, leader, 'Albin Aktiv', 'albinmarker');
      // Her last course day was planned a year ahead and her certificate is valid for three years:
      // seven years back puts all of it over three.
      await ageActivity(t, inactive.enrolment.enrolment.traineeId, 7);
      // His course is as old, but he signed in last year.
      await ageActivity(t, active.enrolment.enrolment.traineeId, 7);
      await t.signIn(active.enrolment.enrolment.email, active.enrolment.password);
    });
    afterAll(async () => {
      await t.close();
    });

    it('erases only the trainees inactive for that long, as the scheduled job, audited as the system', async () => {
      const inactiveId = inactive.enrolment.enrolment.traineeId;
      const activeId = active.enrolment.enrolment.traineeId;
      await t.app.get(JobQueue).send(RETENTION_JOB, {});
      await t.drainJobs(RETENTION_JOB, 60_000);
      expect(await nameOf(t, inactiveId)).toMatch(/^Raderad deltagare [0-9A-F]{4}$/);
      expect(await nameOf(t, activeId)).toBe('Albin Aktiv');
      await t.http().post('/api/auth/login').send({ email: inactive.enrolment.enrolment.email, password: inactive.enrolment.password }).expect(401);
      await t.signIn(active.enrolment.enrolment.email, active.enrolment.password);
      const events = (await t.dataSource.query(`SELECT actor_id, details FROM audit_events WHERE action = 'privacy.erase'`)) as { actor_id: string | null; details: { cause: string } }[];
      expect(events).toEqual([{ actor_id: null, details: expect.objectContaining({ cause: 'retention', requestId: null }) }]);
      const [{ status, revocation_code }] = await t.dataSource.query(`SELECT status, revocation_code FROM certificates WHERE trainee_id = $1`, [inactiveId]);
      expect([status, revocation_code]).toEqual(['revoked', 'withdrawn-at-holders-request']);
      // The certificate of the one still active stays valid.
      const [{ status: kept }] = await t.dataSource.query(`SELECT status FROM certificates WHERE trainee_id = $1`, [activeId]);
      expect(kept).toBe('valid');
    });

    it('does nothing more when run again', async () => {
      expect(await t.app.get(Retention).run()).toBe(0);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'privacy.erase'`);
      expect(count).toBe(1);
    });

    it('keeps staff and trainees who are new, however quiet', async () => {
      const quiet = await t.createUser('trainee', { name: 'Nyss Skapad' });
      const staff = await t.createUser('course_leader', { name: 'Gammal Ledare' });
      await t.dataSource.query(`UPDATE users SET created_at = now() - interval '10 years' WHERE id = $1`, [staff.id]);
      expect(await t.app.get(Retention).run()).toBe(0);
      expect(await nameOf(t, quiet.id)).toBe('Nyss Skapad');
      expect(await nameOf(t, staff.id)).toBe('Gammal Ledare');
    });

    it('erases in batches until none is left', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 55; i++) ids.push((await t.createUser('trainee', { name: `Batch Person ${i}` })).id);
      await t.dataSource.query(`UPDATE users SET created_at = now() - interval '4 years' WHERE id = ANY($1)`, [ids]);
      expect(await t.app.get(Retention).run()).toBe(55);
      const [{ left }] = await t.dataSource.query(`SELECT count(*)::int AS left FROM users WHERE id = ANY($1) AND erased_at IS NULL`, [ids]);
      expect(left).toBe(0);
    });
  });

  describe('without the setting', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(async () => {
      await t.close();
    });

    it('erases nobody, however long inactive', async () => {
      const old = await t.createUser('trainee', { name: 'Mycket Gammal' });
      await t.dataSource.query(`UPDATE users SET created_at = now() - interval '40 years' WHERE id = $1`, [old.id]);
      await t.app.get(JobQueue).send(RETENTION_JOB, {});
      await t.drainJobs(RETENTION_JOB, 60_000);
      expect(await t.app.get(Retention).run()).toBe(0);
      expect(await nameOf(t, old.id)).toBe('Mycket Gammal');
      await t.signIn(old.email);
    });
  });
});
