import type { CertificationJobDto, CohortDto } from '@peer/contract';
import { extractAttachment } from '@peer/certificate-pdf';
import { createCohort, EnrolledTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { SessionCleanup } from '../auth/session-cleanup';

jest.setTimeout(180_000);

describe('cohort certification on the job queue, and status lists', () => {
  let t: TestApp;
  let leader: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
  });
  afterAll(() => t.close());

  /** A cohort whose first `ready` trainees meet every requirement. */
  async function cohortWith(names: string[], ready: number): Promise<{ cohort: CohortDto; enrolments: EnrolledTrainee[] }> {
    const created = await createCohort(leader, { trainees: names, days: weeklyDays('2026-01-12') });
    for (const enrolment of created.enrolments.slice(0, ready)) await completeBaseCourse(t, leader, created.cohort, enrolment);
    return created;
  }

  async function finished(jobId: string): Promise<CertificationJobDto> {
    for (let i = 0; i < 300; i++) {
      const job = (await leader.get(`/api/certification-jobs/${jobId}`).expect(200)).body as CertificationJobDto;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  const count = async (sql: string, params: unknown[] = []): Promise<number> => ((await t.dataSource.query(sql, params)) as [{ n: number }])[0].n;

  it('certifies the certifiable trainees, counts every trainee and survives a reload', async () => {
    const { cohort } = await cohortWith(['Anders Björk', 'Maja Älvsjö', 'Jörgen Sävström'], 2);
    const started = (await leader.post(`/api/cohorts/${cohort.id}/certification-jobs`, { language: 'en' }).expect(202)).body as CertificationJobDto;
    // The answer tells the job as it is: a worker may have taken it before the answer was read.
    expect(['queued', 'running']).toContain(started.status);
    const job = await finished(started.id);
    expect(job).toMatchObject({ status: 'done', total: 3, pending: 0, issued: 2, skipped: 1, failed: 0, failures: [], error: null });
    const certificates = (await leader.get(`/api/cohorts/${cohort.id}/certificates`).expect(200)).body.certificates;
    expect(certificates.map((c: { holderName: string }) => c.holderName).sort()).toEqual(['Anders Björk', 'Maja Älvsjö']);
    expect(certificates.every((c: { language: string }) => c.language === 'en')).toBe(true);
    // The organisation's first certificates, issued side by side, opened one revocation list between them.
    expect(await count(`SELECT count(*)::int AS n FROM status_lists WHERE organisation_id = $1`, [t.organisationId])).toBe(1);
    // The page finds the job again after a reload.
    expect((await leader.get(`/api/cohorts/${cohort.id}/certification-jobs/latest`).expect(200)).body.job).toMatchObject({ id: started.id, issued: 2 });
    const skipped = await t.dataSource.query(`SELECT reason FROM certification_job_items WHERE job_id = $1 AND status = 'skipped'`, [started.id]);
    expect(skipped).toEqual([{ reason: 'requirements-unmet' }]);
    // Another leader learns nothing of it.
    const stranger = await t.as('course_leader');
    await stranger.get(`/api/certification-jobs/${started.id}`).expect(404);
    await stranger.post(`/api/certification-jobs/${started.id}/retry`).expect(404);
    await stranger.get(`/api/cohorts/${cohort.id}/certification-jobs/latest`).expect(404);
  });

  it('runs one job per cohort however many starts arrive at once, and issues each trainee once', async () => {
    const { cohort } = await cohortWith(['Ella Öhman', 'Frans Ågren'], 2);
    // Two trainees take a worker milliseconds: a start arriving after the job finished rightly
    // makes a new one. Holding the worker at its first write keeps the job open for the burst.
    const hold = t.dataSource.createQueryRunner();
    await hold.connect();
    await hold.startTransaction();
    await hold.query(`LOCK TABLE certification_job_items IN EXCLUSIVE MODE`);
    let answers: Awaited<ReturnType<Client['post']>>[];
    try {
      answers = await Promise.all(
        Array.from({ length: 10 }, () => leader.post(`/api/cohorts/${cohort.id}/certification-jobs`, { language: 'sv' })),
      );
    } finally {
      await hold.commitTransaction();
      await hold.release();
    }
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(202));
    const ids = new Set(answers.map((a) => (a.body as CertificationJobDto).id));
    expect(ids.size).toBe(1);
    const [jobId] = [...ids] as [string];
    expect(await count(`SELECT count(*)::int AS n FROM certification_jobs WHERE cohort_id = $1`, [cohort.id])).toBe(1);
    expect(await finished(jobId)).toMatchObject({ status: 'done', issued: 2 });
    // Starting again after it finished makes a new job that finds both already certified.
    const again = (await leader.post(`/api/cohorts/${cohort.id}/certification-jobs`, {}).expect(202)).body as CertificationJobDto;
    expect(again.id).not.toBe(jobId);
    expect(await finished(again.id)).toMatchObject({ status: 'done', issued: 0, skipped: 2 });
    expect(await count(`SELECT count(*)::int AS n FROM certificates c JOIN enrolments e ON e.id = c.enrolment_id WHERE e.cohort_id = $1`, [cohort.id])).toBe(2);
  });

  it('names the trainees that failed and retries only them', async () => {
    const { cohort } = await cohortWith(['Greta Nilsson', 'Hugo Ström'], 2);
    // A fault only this database has: storing Hugo's certificate fails until the trigger is dropped.
    await t.dataSource.query(`CREATE FUNCTION refuse_hugo() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW.holder_name = 'Hugo Ström' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$`);
    await t.dataSource.query(`CREATE TRIGGER refuse_hugo BEFORE INSERT ON certificates FOR EACH ROW EXECUTE FUNCTION refuse_hugo()`);
    const started = (await leader.post(`/api/cohorts/${cohort.id}/certification-jobs`, {}).expect(202)).body as CertificationJobDto;
    const job = await finished(started.id);
    expect(job).toMatchObject({ status: 'done', issued: 1, failed: 1 });
    expect(job.failures).toEqual([expect.objectContaining({ name: 'Hugo Ström', status: 'failed', reason: 'issue-failed' })]);
    // No status list entry was taken by the failed attempt.
    const before = await count(`SELECT sum(used)::int AS n FROM status_lists`);
    expect(before).toBe(await count(`SELECT count(*)::int AS n FROM certificates`));

    await t.dataSource.query(`DROP TRIGGER refuse_hugo ON certificates`);
    const retried = (await leader.post(`/api/certification-jobs/${started.id}/retry`).expect(202)).body as CertificationJobDto;
    expect(['queued', 'running', 'done']).toContain(retried.status); // a worker may already have it
    expect(await finished(started.id)).toMatchObject({ status: 'done', issued: 2, failed: 0, failures: [] });
    const names = (await leader.get(`/api/cohorts/${cohort.id}/certificates`).expect(200)).body.certificates.map((c: { holderName: string }) => c.holderName);
    expect(names.sort()).toEqual(['Greta Nilsson', 'Hugo Ström']);
  });

  it('gives 50 simultaneous certify calls for one trainee one certificate and one status entry', async () => {
    const { cohort, enrolments } = await cohortWith(['Ida Larsson'], 1);
    const traineeId = enrolments[0]!.enrolment.traineeId;
    const usedBefore = await count(`SELECT sum(used)::int AS n FROM status_lists`);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, { language: 'sv' })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(49);
    expect(await count(`SELECT count(*)::int AS n FROM certificates WHERE trainee_id = $1`, [traineeId])).toBe(1);
    expect(await count(`SELECT sum(used)::int AS n FROM status_lists`)).toBe(usedBefore + 1);
  });

  it('opens the next status list before one fills, and each certificate keeps its own', async () => {
    const issuedSoFar = await count(`SELECT count(*)::int AS n FROM certificates`);
    // The organisation's list (list 1 is the installation's, of the certificates from before organisations).
    const [{ id: first }] = (await t.dataSource.query(`SELECT id FROM status_lists WHERE organisation_id = $1`, [t.organisationId])) as [{ id: number }];
    const next = first + 1;
    // A small list, so that filling it takes a few certificates.
    await t.dataSource.query(`UPDATE status_lists SET capacity = $1 WHERE id = $2`, [issuedSoFar + 2, first]);
    const { cohort, enrolments } = await cohortWith(['Jan Ek', 'Kim Alm', 'Lo Berg'], 3);
    const issued = [];
    for (const enrolment of enrolments) {
      issued.push((await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body);
    }
    const lists = await t.dataSource.query(`SELECT id, used, capacity FROM status_lists WHERE organisation_id = $1 ORDER BY id`, [t.organisationId]);
    expect(lists.map((l: { id: number }) => l.id)).toEqual([first, next]);
    expect(lists[0].used).toBe(lists[0].capacity);
    const rows = (await t.dataSource.query(`SELECT code, status_list AS list, status_index AS index, credential FROM certificates ORDER BY issued_at`)) as {
      code: string;
      list: number;
      index: number;
      credential: { credentialStatus: { statusListCredential: string; statusListIndex: string } };
    }[];
    for (const row of rows) {
      expect(row.credential.credentialStatus.statusListCredential).toBe(`https://intyg.example.org/status/${row.list}`);
      expect(Number(row.credential.credentialStatus.statusListIndex)).toBe(row.index);
    }
    const last = rows.at(-1)!;
    expect(last.list).toBe(next);

    // Revoking the certificate on the next list shows on that list only, and in the check of its PDF.
    const certificate = issued.at(-1) as { id: string; code: string };
    expect(certificate.code).toBe(last.code);
    await leader.post(`/api/certificates/${certificate.id}/revoke`, { reason: 'issued-in-error' }).expect(201);
    const list2 = (await t.http().get(`/status/${next}`).expect(200)).body;
    const list1 = (await t.http().get(`/status/${first}`).expect(200)).body;
    expect(list2.id).toBe(`https://intyg.example.org/status/${next}`);
    expect(list1.credentialSubject.encodedList).not.toBe(list2.credentialSubject.encodedList);
    await t.http().get(`/status/${next + 1}`).expect(404);
    await t.http().get('/status/0').expect(404);
    await t.http().get('/status/abc').expect(404);
    const pdf = (await leader.get(`/api/certificates/${certificate.id}/pdf`).buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(extractAttachment(pdf)).toContain(`/status/${next}"`);
    const upload = await t.http().post('/verify?lang=sv').attach('file', pdf, 'intyg.pdf').expect(200);
    expect(upload.text).toContain('Filen är ett oförändrat original');
    expect(upload.text).toContain('Återkallat');
    // The credential's own id answers with the signed credential.
    const credential = JSON.parse(extractAttachment(pdf) as string) as { id: string; proof: unknown };
    expect(credential.id).toBe(`https://intyg.example.org/credentials/${certificate.code}`);
    const served = await t.http().get(new URL(credential.id).pathname).expect(200);
    expect(JSON.parse(served.text)).toEqual(credential);
    // So does the achievement it names, in the certificate's language.
    const named = (credential as unknown as { credentialSubject: { achievement: { id: string } } }).credentialSubject.achievement;
    const achievement = await t.http().get(`${new URL(named.id).pathname}?lang=sv`).expect(200);
    expect(JSON.parse(achievement.text)).toMatchObject(named);
    await t.http().get('/achievements/base/99').expect(404);
    await t.http().get('/achievements/BASE;drop/1').expect(404);
  });

  it('removes ended sessions on its schedule', async () => {
    const user = await t.createUser('trainee');
    await t.signIn(user.email);
    await t.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '9 hours' WHERE user_id = $1`, [user.id]);
    expect(await t.app.get(SessionCleanup).run()).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id])).toBe(0);
    const schedules = await t.dataSource.query(`SELECT name, cron FROM pgboss.schedule`);
    expect(schedules).toEqual(expect.arrayContaining([{ name: 'auth.sessions-cleanup', cron: '17 * * * *' }]));
  });
});

function binary(res: import('supertest').Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
