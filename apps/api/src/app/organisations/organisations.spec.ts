import type { CohortSummaryDto, CourseDaySlotDto, CreateOrganisationResponse, EnrolmentDto, OrganisationDto, UserDto } from '@peer/contract';
import { acceptInvitation, createCohort, type EnrolledTrainee, signInTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { type Client, startTestApp, type TestApp } from '../../../test/test-app';
import { PasswordHasher } from '../accounts/password-hasher';
import { UserRepository } from '../accounts/user.repository';
import { AuditService } from '../audit/audit.service';
import { createNationalAdministrator } from './organisations.service';

describe('organisations', () => {
  let t: TestApp;
  let national: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    national = await t.as('national_admin');
  });
  afterAll(() => t.close());

  describe('the national administrator', () => {
    it('creates an organisation with its first administrator, who must choose a password and administers only it', async () => {
      const created = (await national.post('/api/organisations', { slug: 'nsph-halland', name: ' NSPH Halland ', adminName: 'Hanna Hall', adminEmail: 'Hanna.Hall@Example.org' }).expect(201))
        .body as CreateOrganisationResponse;
      expect(created.organisation).toMatchObject({ slug: 'nsph-halland', name: 'NSPH Halland', administrators: [{ name: 'Hanna Hall', email: 'hanna.hall@example.org' }] });
      expect(created.administrator).toMatchObject({ role: 'admin', mustChangePassword: true, active: true });
      expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(12);
      const { organisations } = (await national.get('/api/organisations').expect(200)).body as { organisations: OrganisationDto[] };
      expect(organisations.map((o) => o.slug)).toContain('nsph-halland');

      const admin = await t.signIn('hanna.hall@example.org', created.temporaryPassword);
      await admin.post('/api/auth/password', { currentPassword: created.temporaryPassword, newPassword: 'halland har egna kullar' }).expect(204);
      const again = await t.signIn('hanna.hall@example.org', 'halland har egna kullar');
      expect(((await again.get('/api/users').expect(200)).body.users as UserDto[]).map((u) => u.email)).toEqual(['hanna.hall@example.org']);
      expect((await again.get('/api/cohorts').expect(200)).body.cohorts).toEqual([]);
    });

    it('refuses a taken short name or e-mail, naming the field, and writes nothing', async () => {
      const taken = await national.post('/api/organisations', { slug: 'nsph-halland', name: 'Halland igen', adminName: 'Ida Ek', adminEmail: 'ida.ek@example.org' }).expect(409);
      expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'slug', code: 'field.unique' })]);
      const existing = await t.createUser('course_leader');
      const email = await national.post('/api/organisations', { slug: 'nsph-kronoberg', name: 'NSPH Kronoberg', adminName: 'Ida Ek', adminEmail: existing.email }).expect(409);
      expect(email.body.errors).toEqual([expect.objectContaining({ field: 'adminEmail', code: 'field.unique' })]);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM organisations WHERE slug = 'nsph-kronoberg'`);
      expect(count).toBe(0);
      const bad = await national.post('/api/organisations', { slug: 'NSPH Kronoberg', name: '', adminName: 'Ida Ek', adminEmail: 'inte-en-adress' }).expect(400);
      expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['adminEmail', 'name', 'slug']);
    });

    it('reaches no trainee, cohort or account', async () => {
      for (const path of ['/api/users', '/api/cohorts', '/api/audit/events', '/api/supervision/groups', '/api/admin/erasure-requests', '/api/certificates/expiring']) {
        expect([path, (await national.get(path)).status]).toEqual([path, 403]);
      }
    });

    it('is named from the command line, once per e-mail, and signs in with a password she must change', async () => {
      const services = { users: t.app.get(UserRepository), hasher: t.app.get(PasswordHasher), audit: t.app.get(AuditService) };
      const created = await createNationalAdministrator(services, { email: 'Riks.Admin@example.org', name: ' Rikard Riks ' });
      expect(created?.user).toMatchObject({ email: 'riks.admin@example.org', name: 'Rikard Riks', role: 'national_admin', mustChangePassword: true });
      expect(await createNationalAdministrator(services, { email: 'riks.admin@example.org', name: 'Någon annan' })).toBeNull();
      const her = await t.signIn('riks.admin@example.org', created?.temporaryPassword);
      await her.get('/api/organisations').expect(403);
      await her.post('/api/auth/password', { currentPassword: created?.temporaryPassword, newPassword: 'ett långt eget lösenord' }).expect(204);
      await (await t.signIn('riks.admin@example.org', 'ett långt eget lösenord')).get('/api/organisations').expect(200);
    });

    it('adds a further administrator to an organisation, who administers only it', async () => {
      const { organisations } = (await national.get('/api/organisations').expect(200)).body as { organisations: OrganisationDto[] };
      const halland = organisations.find((o) => o.slug === 'nsph-halland') as OrganisationDto;
      const added = (await national.post(`/api/organisations/${halland.id}/administrators`, { name: 'Ines Ivarsson', email: 'ines.ivarsson@example.org' }).expect(201)).body as {
        administrator: UserDto;
        temporaryPassword: string;
      };
      expect(added.administrator).toMatchObject({ role: 'admin', mustChangePassword: true });
      const after = ((await national.get('/api/organisations').expect(200)).body.organisations as OrganisationDto[]).find((o) => o.id === halland.id);
      expect(after?.administrators.map((a) => a.email)).toEqual(['hanna.hall@example.org', 'ines.ivarsson@example.org']);
      const ines = await t.signIn('ines.ivarsson@example.org', added.temporaryPassword);
      await ines.post('/api/auth/password', { currentPassword: added.temporaryPassword, newPassword: 'halland har två administratörer' }).expect(204);
      const signedIn = await t.signIn('ines.ivarsson@example.org', 'halland har två administratörer');
      expect(((await signedIn.get('/api/users').expect(200)).body.users as UserDto[]).map((u) => u.email).sort()).toEqual(['hanna.hall@example.org', 'ines.ivarsson@example.org']);
      await national.post('/api/organisations/00000000-0000-4000-8000-000000000000/administrators', { name: 'Ingen', email: 'ingen@example.org' }).expect(404);
      const taken = await national.post(`/api/organisations/${halland.id}/administrators`, { name: 'Ines igen', email: 'Ines.Ivarsson@example.org' }).expect(409);
      expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'email', code: 'field.unique' })]);
    });

    it('is the only one who manages organisations', async () => {
      await (await t.as('admin')).get('/api/organisations').expect(403);
      await (await t.as('course_leader')).post('/api/organisations', { slug: 'x-y', name: 'X', adminName: 'Y', adminEmail: 'y@example.org' }).expect(403);
    });
  });

  describe('two organisations', () => {
    let other: string;
    let adminA: Client;
    let adminB: Client;
    let leaderA: Client;
    let leaderB: Client;
    let cohortA: { cohort: { id: string; days: CourseDaySlotDto[] }; enrolments: EnrolledTrainee[] };
    let cohortB: { cohort: { id: string; days: CourseDaySlotDto[] }; enrolments: EnrolledTrainee[] };

    beforeAll(async () => {
      other = await t.createOrganisation('NSPH Skåne');
      adminA = await t.as('admin');
      adminB = await t.as('admin', other);
      leaderA = await t.as('course_leader');
      leaderB = await t.as('course_leader', other);
      cohortA = await createCohort(leaderA, { name: 'Kull Göteborg', trainees: ['Anna Ahl'], days: weeklyDays('2026-01-12', 3) });
      cohortB = await createCohort(leaderB, { name: 'Kull Lund', trainees: ['Berit Berg'], days: weeklyDays('2026-01-19', 3) });
      await adminB.post('/api/supervision/groups', { name: 'Handledning Lund', supervisorIds: [leaderB.user.id], memberIds: [cohortB.enrolments[0]?.enrolment.traineeId] }).expect(201);
    });

    it('shows each administrator only her own organisation’s accounts, cohorts, supervision groups and audit trail', async () => {
      const emails = async (admin: Client) => ((await admin.get('/api/users').expect(200)).body.users as UserDto[]).map((u) => u.email);
      expect(await emails(adminA)).not.toContain(cohortB.enrolments[0]?.enrolment.email);
      expect(await emails(adminA)).not.toContain(leaderB.user.email);
      expect(await emails(adminB)).toEqual(expect.arrayContaining([leaderB.user.email, cohortB.enrolments[0]?.enrolment.email]));
      expect(await emails(adminB)).not.toContain(leaderA.user.email);

      const cohorts = async (admin: Client) => ((await admin.get('/api/cohorts').expect(200)).body.cohorts as CohortSummaryDto[]).map((c) => c.id);
      expect(await cohorts(adminA)).toContain(cohortA.cohort.id);
      expect(await cohorts(adminA)).not.toContain(cohortB.cohort.id);
      expect(await cohorts(adminB)).toEqual([cohortB.cohort.id]);

      expect((await adminA.get('/api/supervision/groups').expect(200)).body.groups.map((g: { name: string }) => g.name)).not.toContain('Handledning Lund');
      expect((await adminB.get('/api/supervision/groups').expect(200)).body.groups.map((g: { name: string }) => g.name)).toEqual(['Handledning Lund']);

      const trail = JSON.stringify((await adminA.get('/api/audit/events?limit=200').expect(200)).body);
      expect(trail).not.toContain(leaderB.user.id);
      expect(trail).not.toContain('Berit Berg');
      expect(JSON.stringify((await adminB.get('/api/audit/events?limit=200').expect(200)).body)).toContain('Berit Berg');
    });

    it('refuses another organisation’s people as leaders, supervisors or members, like ids nobody has', async () => {
      const leaders = await adminA.post('/api/cohorts', { name: 'Kull Uddevalla', courseId: 'base', version: 1, leaderIds: [leaderB.user.id] }).expect(400);
      expect(leaders.body.errors).toEqual([expect.objectContaining({ field: 'leaderIds', message: `${leaderB.user.id} is not a course leader` })]);
      await adminA.put(`/api/cohorts/${cohortA.cohort.id}/leaders`, { leaderIds: [leaderB.user.id] }).expect(400);
      const group = await adminA.post('/api/supervision/groups', { name: 'Blandad', supervisorIds: [leaderB.user.id], memberIds: [cohortB.enrolments[0]?.enrolment.traineeId] }).expect(400);
      expect(group.body.errors.map((e: { field: string }) => e.field)).toEqual(['supervisorIds', 'memberIds']);
    });

    it('does not let an administrator act on another organisation’s account: it answers like an unknown one', async () => {
      const traineeB = cohortB.enrolments[0]?.enrolment.traineeId as string;
      const refused = await adminA.post(`/api/users/${traineeB}/reset-password`).expect(404);
      const unknown = await adminA.post('/api/users/00000000-0000-4000-8000-000000000000/reset-password').expect(404);
      expect(refused.body).toEqual(unknown.body);
      await adminA.post(`/api/users/${adminB.user.id}/deactivate`).expect(404);
      await adminB.get('/api/auth/me').expect(200);
    });

    it('offers make-up days only in cohorts of the same organisation', async () => {
      const enrolment = cohortA.enrolments[0]?.enrolment as EnrolmentDto;
      const sameOrg = await createCohort(await t.as('course_leader'), { name: 'Kull Borås', days: weeklyDays('2026-02-02', 3) });
      const days = ((await leaderA.get(`/api/cohorts/${cohortA.cohort.id}/days/3/host-days`).expect(200)).body.days as { id: string }[]).map((d) => d.id);
      const dayB = cohortB.cohort.days.find((d) => d.dayNumber === 3) as CourseDaySlotDto;
      expect(days).toContain(sameOrg.cohort.days.find((d) => d.dayNumber === 3)?.id);
      expect(days).not.toContain(dayB.id);
      await leaderA.put(`/api/cohorts/${cohortA.cohort.id}/days/3/attendance`, { marks: [{ traineeId: enrolment.traineeId, status: 'absent_excused' }] }).expect(200);
      const booked = await leaderA.post(`/api/cohorts/${cohortA.cohort.id}/enrolments/${enrolment.id}/make-up-bookings`, { dayNumber: 3, hostCourseDayId: dayB.id }).expect(400);
      expect(booked.body.errors).toEqual([expect.objectContaining({ field: 'hostCourseDayId', rule: 'hostDay' })]);
    });

    it('moves a trainee who joins another organisation’s cohort; her old cohort and its organisation keep her record and certificate there', async () => {
      const moving = await createCohort(leaderA, { name: 'Kull Kungälv', trainees: ['Rut Holm'], days: weeklyDays('2026-01-05') });
      const rut = moving.enrolments[0] as EnrolledTrainee;
      await completeBaseCourse(t, leaderA, moving.cohort as never, rut);
      const module = (await leaderB.post('/api/cohorts', { name: 'Psykosmodul Lund', courseId: 'psychosis', version: 1 }).expect(201)).body as { id: string };
      await leaderB.post(`/api/cohorts/${module.id}/enrolments`, { name: 'Rut Holm', email: rut.enrolment.email }).expect(201);
      const trainee = await signInTrainee(t, rut);
      const [invitation] = (await trainee.get('/api/me/invitations').expect(200)).body.invitations as { id: string }[];
      await trainee.post(`/api/me/invitations/${invitation?.id}/accept`).expect(204);

      const emails = async (admin: Client) => ((await admin.get('/api/users').expect(200)).body.users as UserDto[]).map((u) => u.email);
      expect(await emails(adminB)).toContain(rut.enrolment.email);
      expect(await emails(adminA)).not.toContain(rut.enrolment.email);
      // Her record in Göteborg's cohort stays with Göteborg's staff.
      await adminA.get(`/api/cohorts/${moving.cohort.id}/trainees/${rut.enrolment.traineeId}/progress`).expect(200);
      await adminB.get(`/api/cohorts/${moving.cohort.id}/trainees/${rut.enrolment.traineeId}/progress`).expect(404);
      await leaderB.get(`/api/cohorts/${module.id}/trainees/${rut.enrolment.traineeId}/progress`).expect(200);

      // Her certificate from Göteborg nears its end: Göteborg's staff see it, her new organisation's do not.
      const certificate = (await leaderA.post(`/api/cohorts/${moving.cohort.id}/trainees/${rut.enrolment.traineeId}/certify`, {}).expect(201)).body as { id: string };
      await t.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL session_replication_role = replica`);
        await manager.query(`UPDATE certificates SET valid_until = now() + interval '30 days' WHERE id = $1`, [certificate.id]);
      });
      const expiring = async (client: Client) => ((await client.get('/api/certificates/expiring?days=60').expect(200)).body.certificates as { id: string }[]).map((c) => c.id);
      expect(await expiring(leaderA)).toContain(certificate.id);
      expect(await expiring(adminA)).toContain(certificate.id);
      expect(await expiring(leaderB)).not.toContain(certificate.id);
      expect(await expiring(adminB)).not.toContain(certificate.id);
    });

    it('creates an invited newcomer’s account in the inviting cohort’s organisation', async () => {
      await leaderB.post(`/api/cohorts/${cohortB.cohort.id}/enrolments`, { name: 'Nora Ny', email: 'nora.ny@example.org' }).expect(201);
      await acceptInvitation(t, 'nora.ny@example.org');
      const [{ organisation_id }] = await t.dataSource.query(`SELECT organisation_id FROM users WHERE email = 'nora.ny@example.org'`);
      expect(organisation_id).toBe(other);
    });
  });
});
