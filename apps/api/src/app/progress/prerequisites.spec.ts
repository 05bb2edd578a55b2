import { CERTIFY_PREREQUISITE_MISSING, PROGRESS_STATE_CODES, type CertificationJobDto, type CohortProgressPageDto } from '@peer/contract';
import type { RequirementStatus } from '@peer/progress';
import { createCohort, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse, giveBaseCertificate } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { INVITATION_DISPATCH_JOB } from '../cohorts/invitations/invitation-dispatch';

jest.setTimeout(180_000);

const MISSING = { sv: 'Kräver giltigt intyg: Grundutbildning för peer supporter', en: 'Requires a valid certificate: Base course for peer supporters' };
const HELD = { sv: 'Har giltigt intyg: Grundutbildning för peer supporter', en: 'Holds a valid certificate: Base course for peer supporters' };

describe('prerequisites as requirements', () => {
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

  const prerequisiteOf = (requirements: RequirementStatus[]) => requirements.find((r) => r.id === 'prerequisite:base');

  /** The leader's matrix cell of the base-course prerequisite for the cohort's only trainee. */
  async function matrixCell(cohortId: string): Promise<{ state: string; reason: unknown }> {
    const page = (await leader.get(`/api/cohorts/${cohortId}/progress`).expect(200)).body as CohortProgressPageDto;
    const column = page.requirements.findIndex((r) => r.id === 'prerequisite:base');
    expect(page.requirements[column]).toMatchObject({ kind: 'prerequisite', label: { sv: 'Förkunskapskrav: Grundutbildning för peer supporter' } });
    const row = page.rows[0]!;
    return { state: row.states[column] as string, reason: page.reasons[row.reasons[column] as number] };
  }

  async function finished(jobId: string): Promise<CertificationJobDto> {
    for (let i = 0; i < 300; i++) {
      const job = (await leader.get(`/api/certification-jobs/${jobId}`).expect(200)).body as CertificationJobDto;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  it('tells her own invitation what the course requires, and whether she holds it, without telling the leader', async () => {
    const trainee = await t.createUser('trainee', { email: 'modul.inbjuden@example.org', name: 'Hanna Modul' });
    const module = (await leader.post('/api/cohorts', { name: 'Psykosmodul Malmö', courseId: 'psychosis', version: 1 }).expect(201)).body;
    const base = (await leader.post('/api/cohorts', { name: 'Grundkurs Malmö', courseId: 'base', version: 1 }).expect(201)).body;
    const invited = (await leader.post(`/api/cohorts/${module.id}/enrolments`, { name: 'Hanna', email: trainee.email }).expect(201)).body;
    await leader.post(`/api/cohorts/${base.id}/enrolments`, { name: 'Hanna', email: trainee.email }).expect(201);
    expect(Object.keys(invited)).not.toContain('prerequisites');
    await t.drainJobs(INVITATION_DISPATCH_JOB);

    const own = await t.signIn(trainee.email);
    const invitations = (await own.get('/api/me/invitations').expect(200)).body.invitations as { cohortName: string; prerequisites: unknown[] }[];
    expect(invitations.find((i) => i.cohortName === 'Psykosmodul Malmö')?.prerequisites).toEqual([
      { courseId: 'base', title: { sv: 'Grundutbildning för peer supporter', en: 'Base course for peer supporters' }, held: false },
    ]);
    expect(invitations.find((i) => i.cohortName === 'Grundkurs Malmö')?.prerequisites).toEqual([]);
    // The leader's view of the cohort names only what the leader typed.
    const cohort = (await leader.get(`/api/cohorts/${module.id}`).expect(200)).body;
    expect(JSON.stringify(cohort.invitations)).not.toMatch(/prerequisite|held/);
  });

  it('lists the missing base certificate for leader and trainee, refuses to certify until she holds one, and then certifies', async () => {
    const { cohort, enrolments } = await createCohort(leader, { name: 'Psykosmodul Göteborg', courseId: 'psychosis', trainees: ['Sara Lindqvist'], days: weeklyDays('2026-01-12', 2) });
    const enrolment = enrolments[0]!;
    const traineeId = enrolment.enrolment.traineeId;
    const trainee = await completeBaseCourse(t, leader, cohort, enrolment);

    // Everything of the module done, the prerequisite is the one thing missing, everywhere.
    expect(await matrixCell(cohort.id)).toEqual({ state: PROGRESS_STATE_CODES.pending, reason: MISSING });
    const staffView = (await leader.get(`/api/cohorts/${cohort.id}/trainees/${traineeId}/progress`).expect(200)).body;
    expect(staffView.result.certifiable).toBe(false);
    expect(staffView.result.requirements.filter((r: RequirementStatus) => r.status !== 'met').map((r: RequirementStatus) => r.id)).toEqual(['prerequisite:base']);
    const [mine] = (await trainee.get('/api/me/training').expect(200)).body.enrolments;
    expect(prerequisiteOf(mine.result.requirements)).toMatchObject({ kind: 'prerequisite', status: 'pending', reason: MISSING });
    const blocked = (await leader.get(`/api/cohorts/${cohort.id}/progress?requirement=prerequisite:base`).expect(200)).body;
    expect(blocked.total).toBe(1);

    const refused = await leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, { language: 'sv' }).expect(409);
    expect(refused.body.code).toBe(CERTIFY_PREREQUISITE_MISSING);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'prerequisite:base', code: CERTIFY_PREREQUISITE_MISSING })]);

    // The cohort job fails her with the reason the leader is shown.
    const started = (await leader.post(`/api/cohorts/${cohort.id}/certification-jobs`, { language: 'sv' }).expect(202)).body as CertificationJobDto;
    const job = await finished(started.id);
    expect(job).toMatchObject({ status: 'done', total: 1, issued: 0, failed: 1 });
    expect(job.failures).toEqual([expect.objectContaining({ traineeId, status: 'failed', reason: 'prerequisite-missing' })]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM certificates WHERE trainee_id = $1`, [traineeId]);
    expect(n).toBe(0);

    // A revoked base certificate does not count, and the reason says why.
    const first = await giveBaseCertificate(t, leader, enrolment);
    expect(await matrixCell(cohort.id)).toEqual({ state: PROGRESS_STATE_CODES.met, reason: HELD });
    await leader.post(`/api/certificates/${first}/revoke`, { reason: 'issued-in-error' }).expect(201);
    expect(await matrixCell(cohort.id)).toEqual({
      state: PROGRESS_STATE_CODES.pending,
      reason: { sv: `${MISSING.sv} (intyget är återkallat)`, en: `${MISSING.en} (the certificate was revoked)` },
    });
    expect((await leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, { language: 'sv' }).expect(409)).body.code).toBe(CERTIFY_PREREQUISITE_MISSING);

    // With a valid base certificate she is certified in the module.
    await giveBaseCertificate(t, leader, enrolment);
    const again = await signInTrainee(t, enrolment);
    const [after] = ((await again.get('/api/me/training').expect(200)).body.enrolments as { cohort: { id: string }; result: { certifiable: boolean; requirements: RequirementStatus[] } }[]).filter(
      (e) => e.cohort.id === cohort.id,
    );
    expect(after?.result.certifiable).toBe(true);
    expect(prerequisiteOf(after?.result.requirements ?? [])).toMatchObject({ status: 'met', reason: HELD });
    const issued = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, { language: 'sv' }).expect(201)).body;
    expect(issued.courseId).toBe('psychosis');

    // Her next module invitation tells her she holds what it requires.
    const next = (await leader.post('/api/cohorts', { name: 'Psykosmodul Borås', courseId: 'psychosis', version: 1 }).expect(201)).body;
    await leader.post(`/api/cohorts/${next.id}/enrolments`, { name: 'Sara', email: enrolment.enrolment.email }).expect(201);
    await t.drainJobs(INVITATION_DISPATCH_JOB);
    const invitations = (await again.get('/api/me/invitations').expect(200)).body.invitations as { cohortName: string; prerequisites: { held: boolean }[] }[];
    expect(invitations.find((i) => i.cohortName === 'Psykosmodul Borås')?.prerequisites).toEqual([expect.objectContaining({ courseId: 'base', held: true })]);
  });

  it('reads a module cohort\'s certificates in the same number of queries for 2 trainees as for 8', async () => {
    const queries = async (cohortId: string, query = '') =>
      Number(/db;desc="(\d+) queries"/.exec((await leader.get(`/api/cohorts/${cohortId}/progress${query}`).expect(200)).headers['server-timing'] as string)?.[1]);
    const small = await createCohort(leader, { name: 'Liten psykosmodul', courseId: 'psychosis', trainees: ['Ada Ek', 'Bo Ek'] });
    const big = await createCohort(leader, { name: 'Stor psykosmodul', courseId: 'psychosis', trainees: ['C Ek', 'D Ek', 'E Ek', 'F Ek', 'G Ek', 'H Ek', 'I Ek', 'J Ek'] });
    await giveBaseCertificate(t, leader, small.enrolments[0]!);
    expect(await queries(big.cohort.id)).toBe(await queries(small.cohort.id));
    expect(await queries(big.cohort.id, '?show=blocked')).toBe(await queries(small.cohort.id, '?show=blocked'));
    // Read for the whole cohort (filtered) and for a page, each trainee gets her own certificates.
    for (const query of ['', '?show=blocked']) {
      const page = (await leader.get(`/api/cohorts/${small.cohort.id}/progress${query}`).expect(200)).body as CohortProgressPageDto;
      const column = page.requirements.findIndex((r) => r.id === 'prerequisite:base');
      expect(page.rows.map((r) => [r.name, r.states[column]])).toEqual([
        ['Ada Ek', PROGRESS_STATE_CODES.met],
        ['Bo Ek', PROGRESS_STATE_CODES.pending],
      ]);
    }
  });
});
