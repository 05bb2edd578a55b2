import type { CertificateDto, CohortDto, InvitationDto } from '@peer/contract';
import { samplePng } from '@peer/certificate-pdf/testing';
import { randomUUID } from 'node:crypto';
import type { Column } from './access-matrix';
import { acceptInvitation, createCohort, type EnrolledTrainee, invitationToken, TRAINEE_PASSWORD } from './cohort-fixture';
import { completeBaseCourse, giveCourseCertificate } from './completion-fixture';
import { type Client, TEST_PASSWORD, type TestApp } from './test-app';

/**
 * The fixtures of the access matrix: two cohorts of the base course with different leaders in one
 * organisation and a third in another organisation, a trainee in each who completed the course
 * and holds a certificate, and everything a path parameter may name (attempts, study visits,
 * share links, calendar feeds, jobs, invitations, make-up bookings). `own` is what the `trainee`,
 * `leaderOwn`, `admin` and `national` columns reach for, `other` what the `…Other` columns name
 * and `far` (the other organisation's) what the `…OtherOrg` columns name.
 */
export type Party = 'own' | 'other' | 'far';
export const PARTY_OF: Record<Column, Party> = {
  anonymous: 'own',
  trainee: 'own',
  traineeOther: 'other',
  traineeOtherOrg: 'far',
  leaderOwn: 'own',
  leaderOther: 'other',
  leaderOtherOrg: 'far',
  admin: 'own',
  adminOtherOrg: 'far',
  national: 'own',
};

export interface Side {
  leader: Client;
  trainee: Client;
  enrolled: EnrolledTrainee;
  cohort: CohortDto;
  /** Path parameter values naming this side's objects. */
  ids: Record<string, string>;
  /** The criterion ids of the shared draft attempt. */
  criteria: string[];
  leaderFeedId: string;
}

export interface World {
  t: TestApp;
  /** The administrator of the organisation of `own` and `other`. */
  admin: Client;
  /** The administrator of the other organisation, which holds `far`. */
  farAdmin: Client;
  national: Client;
  adminFeedId: string;
  loginEmail: string;
  sides: Record<Party, Side>;
  /** Days of the base course whose absences the make-up calls use up, one each. */
  nextAbsentDay: Record<Party, number>;
  scenarioId: string;
  requirement: { id: string; kind: string };
}

/** What one call needs beyond the shared fixtures: its own objects, body or caller. */
export interface Fresh {
  params?: Record<string, string>;
  body?: object;
  caller?: Client;
}

const PAST_START = '2026-01-05';
/** Day 12 lies ahead, so that trainees may report an absence for it. */
const FUTURE_DAY = { dayNumber: 12, date: '2027-06-07' };
let unique = 0;
const email = (what: string) => `${what}.${++unique}.${randomUUID().slice(0, 8)}@example.org`;

export function anonymousClient(t: TestApp): Client {
  return {
    user: null as never,
    agent: null as never,
    get: (path) => t.http().get(path),
    post: (path, body) => t.http().post(path).send(body ?? {}),
    put: (path, body) => t.http().put(path).send(body ?? {}),
    patch: (path, body) => t.http().patch(path).send(body ?? {}),
    delete: (path) => t.http().delete(path),
  };
}

function days(): { dayNumber: number; date: string }[] {
  const first = new Date(`${PAST_START}T12:00:00Z`);
  const past = Array.from({ length: 11 }, (_, i) => ({ dayNumber: i + 1, date: new Date(first.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10) }));
  return [...past, FUTURE_DAY];
}

// Fixture answers are read loosely: a wrong shape fails the fixture, and with it the spec.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function ok<T = any>(test: Promise<{ status: number; body: unknown }>, status: number, what: string): Promise<T> {
  const response = await test;
  if (response.status !== status) throw new Error(`fixture: ${what} answered ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

async function buildSide(t: TestApp, name: string, traineeName: string, scenarioId: string, organisationId = t.organisationId): Promise<Side> {
  const leader = await t.as('course_leader', organisationId);
  const { cohort: created, enrolments } = await createCohort(leader, { name, trainees: [traineeName], days: days() });
  const enrolled = enrolments[0] as EnrolledTrainee;
  const trainee = await completeBaseCourse(t, leader, created, enrolled);
  const cohort = await ok<CohortDto>(leader.get(`/api/cohorts/${created.id}`), 200, 'cohort');
  const traineeId = enrolled.enrolment.traineeId;
  const certificate = await ok<CertificateDto>(leader.post(`/api/cohorts/${cohort.id}/trainees/${traineeId}/certify`, {}), 201, 'certify');
  const link = await ok(trainee.post('/api/me/share-links', { certificateIds: [certificate.id] }), 201, 'share link');
  const feed = await ok(trainee.post('/api/calendar-feeds', {}), 201, 'trainee feed');
  const leaderFeed = await ok(leader.post('/api/calendar-feeds', {}), 201, 'leader feed');
  const attempt = await ok(leader.post(`/api/cohorts/${cohort.id}/enrolments/${enrolled.enrolment.id}/role-plays`, { scenarioId }), 201, 'draft attempt');
  const visits = await ok(trainee.get('/api/me/study-visits'), 200, 'visits');
  const job = await ok(leader.post(`/api/cohorts/${cohort.id}/certification-jobs`, {}), 202, 'job');
  await t.drainJobs();
  // An invitation addressed to this side's trainee, in a cohort she is not in yet.
  const invitation = await inviteTrainee(t, leader, enrolled.enrolment.email);
  const dayOne = cohort.days.find((d) => d.dayNumber === 1);
  const dayFuture = cohort.days.find((d) => d.dayNumber === FUTURE_DAY.dayNumber);
  const side: Side = {
    leader,
    trainee,
    enrolled,
    cohort,
    criteria: (attempt.criteria as { criterionId: string }[]).map((c) => c.criterionId),
    leaderFeedId: leaderFeed.id,
    ids: {
      cohortId: cohort.id,
      dayNumber: '1',
      enrolmentId: enrolled.enrolment.id,
      traineeId,
      courseDayId: dayFuture?.id ?? '',
      attemptId: attempt.id,
      visitId: visits.studyVisits[0].id,
      certificateId: certificate.id,
      linkId: link.id,
      feedId: feed.id,
      file: `${/\/calendar\/([A-Za-z0-9_-]{43})\.ics/.exec(feed.url)?.[1]}.ics`,
      jobId: job.id,
      invitationId: invitation.id,
      token: invitation.token,
      requestId: randomUUID(),
      courseId: 'base',
      version: '1',
      day: '1',
      slug: 'region-1',
      organisationId,
    },
  };
  if (!dayOne || !dayFuture) throw new Error('fixture: days were not scheduled');
  return side;
}

/** A new cohort of `leader` inviting the trainee with this e-mail: the invitation's id and link token. */
export async function inviteTrainee(t: TestApp, leader: Client, to: string): Promise<{ id: string; token: string }> {
  const cohort = await ok(leader.post('/api/cohorts', { name: `Inbjudan ${++unique}`, courseId: 'base', version: 1 }), 201, 'invitation cohort');
  const invitation = await ok<InvitationDto>(leader.post(`/api/cohorts/${cohort.id}/enrolments`, { name: 'Inbjuden', email: to }), 201, 'invite');
  return { id: invitation.id, token: await invitationToken(t, to) };
}

export async function buildWorld(t: TestApp): Promise<World> {
  await t.publishCurriculum();
  const admin = await t.as('admin');
  const { body: version } = await admin.get('/api/curriculum/courses/base/versions/1').expect(200);
  const scenarioId = version.content.course.completion.rolePlays[0] as string;
  const requirementId = version.content.course.completion.studyVisits[0] as string;
  const requirement = (version.content.course.studyVisits as { id: string; kind: string }[]).find((v) => v.id === requirementId) as { id: string; kind: string };
  const own = await buildSide(t, 'Kull Göteborg', 'Anna Andersson', scenarioId);
  const other = await buildSide(t, 'Kull Borås', 'Bertil Berg', scenarioId);
  const elsewhere = await t.createOrganisation('NSPH Skåne');
  const far = await buildSide(t, 'Kull Lund', 'Cilla Cronholm', scenarioId, elsewhere);
  const farAdmin = await t.as('admin', elsewhere);
  const national = await t.as('national_admin');
  const adminFeed = await ok(admin.post('/api/calendar-feeds', { cohortId: own.cohort.id }), 201, 'admin feed');
  const login = await t.createUser('trainee');
  const world: World = {
    t,
    admin,
    farAdmin,
    national,
    adminFeedId: adminFeed.id,
    loginEmail: login.email,
    sides: { own, other, far },
    nextAbsentDay: { own: 2, other: 2, far: 2 },
    scenarioId,
    requirement,
  };
  // A make-up request of the other side's trainee, for the calls that must not reach it. The own
  // side's trainee stays present everywhere until the certificate calls are done.
  world.sides.other.ids['bookingId'] = (await askForMakeUp(world, 'other')).bookingId;
  world.sides.own.ids['bookingId'] = randomUUID();
  world.sides.far.ids['bookingId'] = (await askForMakeUp(world, 'far')).bookingId;
  for (const party of PARTIES) Object.assign(world.sides[party].ids, await supervisionGroup(world, party));
  // The account calls name the side's trainee; the administrator's successful calls act on a fresh account (FRESH).
  for (const party of PARTIES) world.sides[party].ids['userId'] = world.sides[party].ids['traineeId'] as string;
  return world;
}

const PARTIES: Party[] = ['own', 'other', 'far'];

export function caller(w: World, column: Column): Client {
  if (column === 'anonymous') return anonymousClient(w.t);
  if (column === 'national') return w.national;
  if (column.startsWith('admin')) return w.admin;
  return column.startsWith('trainee') ? w.sides.own.trainee : w.sides.own.leader;
}

/** The administrator of the party's organisation. */
function adminOf(w: World, party: Party): Client {
  return party === 'far' ? w.farAdmin : w.admin;
}

/** Path parameters that depend on who calls, not only on the party. */
export function paramsFor(w: World, column: Column): Record<string, string> {
  const party = PARTY_OF[column];
  const ids = { ...w.sides[party].ids };
  if (column.startsWith('leader') || column === 'adminOtherOrg') ids['feedId'] = w.sides[party].leaderFeedId;
  if (column === 'admin') ids['feedId'] = w.adminFeedId;
  return ids;
}

/** The side whose days host a party's make-ups: the other cohort of the same organisation (the far side has none, and names its own). */
const other = (party: Party): Party => (party === 'own' ? 'other' : party === 'other' ? 'own' : 'far');

/** Marks the side's trainee absent on a day not used before and returns that day. */
async function absentDay(w: World, party: Party): Promise<number> {
  const side = w.sides[party];
  const dayNumber = w.nextAbsentDay[party]++;
  if (dayNumber > 11) throw new Error('fixture: out of past days to be absent on');
  await ok(side.leader.put(`/api/cohorts/${side.cohort.id}/days/${dayNumber}/attendance`, { marks: [{ traineeId: side.ids['traineeId'], status: 'absent_excused' }] }), 200, 'absence');
  return dayNumber;
}

function dayId(w: World, party: Party, dayNumber: number): string {
  return w.sides[party].cohort.days.find((d) => d.dayNumber === dayNumber)?.id as string;
}

async function askForMakeUp(w: World, party: Party): Promise<{ bookingId: string; dayNumber: number }> {
  const side = w.sides[party];
  const dayNumber = await absentDay(w, party);
  const booking = await ok(side.trainee.post(`/api/me/enrolments/${side.ids['enrolmentId']}/make-up-requests`, { dayNumber }), 201, 'make-up request');
  return { bookingId: booking.id, dayNumber };
}

/** A draft attempt of the side's trainee, started by her leader. */
async function draftAttempt(w: World, party: Party): Promise<{ id: string; criteria: { criterionId: string; shown: boolean }[] }> {
  const side = w.sides[party];
  const attempt = await ok(side.leader.post(`/api/cohorts/${side.cohort.id}/enrolments/${side.ids['enrolmentId']}/role-plays`, { scenarioId: w.scenarioId }), 201, 'attempt');
  return { id: attempt.id, criteria: (attempt.criteria as { criterionId: string }[]).map((c) => ({ criterionId: c.criterionId, shown: true })) };
}

function visitBody(w: World, party: Party): object {
  return {
    enrolmentId: w.sides[party].ids['enrolmentId'],
    requirementId: w.requirement.id,
    kind: w.requirement.kind,
    unitName: 'Psykiatrisk öppenvård Centrum',
    organisation: 'Region Skåne',
    date: '2026-02-10',
    hours: 3,
    hostEmail: email('host'),
  };
}

/** A supervision group led by the side's leader with the side's trainee, and one session she attended. */
async function supervisionGroup(w: World, party: Party): Promise<{ groupId: string; sessionId: string }> {
  const side = w.sides[party];
  const group = await ok(adminOf(w, party).post('/api/supervision/groups', { name: `Handledning ${party}`, supervisorIds: [side.leader.user.id], memberIds: [side.ids['traineeId']] }), 201, 'supervision group');
  const session = await ok(
    side.leader.post(`/api/supervision/groups/${group.id}/sessions`, { date: '2026-03-10', startTime: '17:30', minutes: 90, attendance: [{ traineeId: side.ids['traineeId'], present: true }] }),
    201,
    'supervision session',
  );
  return { groupId: group.id, sessionId: session.id };
}

/** A study visit of the side's trainee, taken as far as `until`. */
async function studyVisit(w: World, party: Party, until: 'registered' | 'confirmed' | 'reflected'): Promise<string> {
  const side = w.sides[party];
  const body = visitBody(w, party) as { hostEmail: string };
  const visit = await ok(side.trainee.post('/api/me/study-visits', body), 201, 'study visit');
  if (until === 'registered') return visit.id;
  const mail = (await w.t.outbox()).filter((m) => m.to === body.hostEmail).at(-1);
  const link = /(\/host-confirmation\/[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
  if (!link) throw new Error('fixture: no host confirmation link was mailed');
  await ok(w.t.http().post(link).type('form').send({ answer: 'confirmed' }), 200, 'host confirmation');
  if (until === 'confirmed') return visit.id;
  await ok(side.trainee.put(`/api/me/study-visits/${visit.id}/reflection`, { answers: visit.questions.map(() => 'Jag lärde mig mycket.') }), 200, 'reflection');
  return visit.id;
}

/** The side's trainee's valid certificate, issued anew when an earlier call revoked the last one. */
async function validCertificate(w: World, party: Party): Promise<string> {
  const side = w.sides[party];
  const { certificates } = await ok(adminOf(w, party).get(`/api/cohorts/${side.cohort.id}/certificates`), 200, 'certificates');
  const valid = (certificates as CertificateDto[]).find((c) => c.status === 'valid' && c.holderName === side.enrolled.enrolment.name);
  if (valid) return valid.id;
  return (await ok<CertificateDto>(side.leader.post(`/api/cohorts/${side.cohort.id}/trainees/${side.ids['traineeId']}/certify`, {}), 201, 'certify')).id;
}

/**
 * The side's trainee's valid certificate, ready to renew: a refresher certificate issued after it
 * (a fresh correction of the refresher once there is one) and ten supervision hours today.
 */
async function renewableCertificate(w: World, party: Party): Promise<string> {
  const side = w.sides[party];
  const certificateId = await validCertificate(w, party);
  if (!side.ids['refresherId']) {
    side.ids['refresherId'] = await giveCourseCertificate(w.t, side.leader, side.enrolled, 'refresher');
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    for (let i = 0; i < 2; i += 1) {
      await ok(side.leader.post(`/api/supervision/groups/${side.ids['groupId']}/sessions`, { date: today, startTime: '17:30', minutes: 300, attendance: [{ traineeId: side.ids['traineeId'], present: true }] }), 201, 'supervision session');
    }
  } else {
    side.ids['refresherId'] = (await ok<CertificateDto>(side.leader.post(`/api/certificates/${side.ids['refresherId']}/reissue`, { reason: 'Ny utskrift' }), 201, 'refresher')).id;
  }
  return certificateId;
}

async function newSession(w: World, column: Column): Promise<Client> {
  if (column === 'anonymous') return anonymousClient(w.t);
  const role = column === 'national' ? 'national_admin' : column.startsWith('admin') ? 'admin' : column.startsWith('leader') ? 'course_leader' : 'trainee';
  return w.t.as(role);
}

/** An accepted enrolment of a new trainee in the side's cohort. */
async function newEnrolment(w: World, party: Party): Promise<string> {
  const side = w.sides[party];
  const to = email('withdrawing');
  await ok(side.leader.post(`/api/cohorts/${side.cohort.id}/enrolments`, { name: 'Cecilia Carlsson', email: to }), 201, 'invite');
  await acceptInvitation(w.t, to);
  const cohort = await ok<CohortDto>(side.leader.get(`/api/cohorts/${side.cohort.id}`), 200, 'cohort');
  return cohort.enrolments.find((e) => e.email === to)?.id as string;
}

/** A valid body for each operation that takes one, for the party the call names. */
export const BODIES: Record<string, (w: World, party: Party, column: Column) => object> = {
  'POST /api/auth/login': (w) => ({ email: w.loginEmail, password: TEST_PASSWORD }),
  'POST /api/auth/password': () => ({ currentPassword: TEST_PASSWORD, newPassword: 'another long password' }),
  'POST /api/users': () => ({ email: email('user'), name: 'Dora Dahl', role: 'trainee' }),
  'PUT /api/organisation/identity-provider': () => ({ issuer: 'https://idp.example.org', clientId: 'peer-academy', clientSecret: 'a client secret' }),
  'PUT /api/organisation/certificate-signatory': () => ({ name: 'Ylva Sjöberg', title: 'verksamhetsledare' }),
  'PUT /api/users/{userId}/personal-identity': () => ({ personalIdentityNumber: '19121212-1212' }),
  'PUT /api/organisation/logo': () => ({ image: `data:image/png;base64,${samplePng(64, 64).toString('base64')}` }),
  'POST /api/organisations/{organisationId}/administrators': () => ({ name: 'Agnes Ahl', email: email('second-admin') }),
  'POST /api/organisations': () => ({ slug: `region-${++unique}`, name: 'NSPH Halland', adminName: 'Hanna Hall', adminEmail: email('org-admin') }),
  'POST /api/users/{userId}/role': () => ({ role: 'course_leader' }),
  'POST /api/cohorts': () => ({ name: 'Kull Umeå', courseId: 'base', version: 1 }),
  'PUT /api/cohorts/{cohortId}/leaders': (w, party) => ({ leaderIds: [w.sides[party].leader.user.id] }),
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}': () => ({ date: PAST_START, startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' }),
  'POST /api/cohorts/{cohortId}/enrolments': () => ({ name: 'Erik Ek', email: email('invited') }),
  'POST /api/cohorts/{cohortId}/enrolments/import': () => ({ csv: `name,email\nFrida Fors,${email('imported')}\n` }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/withdraw': () => ({ reason: 'Flyttar' }),
  'POST /api/invitations/{token}/register': () => ({ password: TRAINEE_PASSWORD }),
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}/attendance': (w, party) => ({ marks: [{ traineeId: w.sides[party].ids['traineeId'], status: 'present' }] }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/make-ups': () => ({ dayNumber: 11, note: 'Skriftlig reflektion' }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/make-up-bookings': (w, party) => ({ dayNumber: 11, hostCourseDayId: dayId(w, other(party), 11) }),
  'POST /api/cohorts/{cohortId}/make-up-bookings/{bookingId}/accept': (w, party) => ({ hostCourseDayId: dayId(w, other(party), 2) }),
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}/guests/{bookingId}/attendance': () => ({ status: 'present' }),
  'POST /api/me/course-days/{courseDayId}/absence': () => ({ reason: 'Sjuk' }),
  'POST /api/me/enrolments/{enrolmentId}/make-up-requests': () => ({ dayNumber: 11 }),
  'POST /api/calendar-feeds': (w, party, column) => (column.startsWith('trainee') ? {} : { cohortId: w.sides[party].cohort.id }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/role-plays': (w) => ({ scenarioId: w.scenarioId }),
  'PUT /api/role-play-attempts/{attemptId}': (w, party) => ({ criteria: w.sides[party].criteria.map((criterionId) => ({ criterionId, shown: true })) }),
  'POST /api/role-play-attempts/{attemptId}/sign': () => ({ result: 'passed' }),
  'POST /api/role-play-attempts/{attemptId}/reflections': () => ({ text: 'Jag lyssnade mer än jag pratade.' }),
  'POST /api/me/study-visits': (w, party) => visitBody(w, party),
  'PUT /api/me/study-visits/{visitId}/reflection': () => ({ answers: ['Jag lärde mig mycket.'] }),
  'POST /api/cohorts/{cohortId}/study-visits/{visitId}/return': () => ({ comment: 'Beskriv mötet närmare.' }),
  'POST /api/cohorts/{cohortId}/trainees/{traineeId}/certify': () => ({}),
  'POST /api/cohorts/{cohortId}/certification-jobs': () => ({}),
  'POST /api/certificates/{certificateId}/revoke': () => ({ reason: 'issued-in-error', note: 'Fel kull' }),
  'POST /api/certificates/{certificateId}/reissue': () => ({ reason: 'Namnbyte' }),
  'POST /api/certificates/{certificateId}/renew': () => ({}),
  'POST /api/admin/erasure-requests/{requestId}/confirm': () => ({ confirm: true }),
  'POST /api/supervision/groups': (w, party) => ({ name: 'Handledning Umeå', supervisorIds: [w.sides[party].leader.user.id], memberIds: [w.sides[party].ids['traineeId']] }),
  'POST /api/supervision/groups/{groupId}/sessions': (w, party) => ({ date: '2026-04-14', startTime: '17:30', minutes: 60, attendance: [{ traineeId: w.sides[party].ids['traineeId'], present: true }] }),
  'PUT /api/me/supervision/sessions/{sessionId}/reflection': () => ({ text: 'Jag tar med mig att be om stöd i tid.' }),
  'POST /api/me/share-links': (w, party) => ({ certificateIds: [w.sides[party].ids['certificateId']] }),
};

/** Query parameters an operation requires. */
export const QUERIES: Record<string, Record<string, string>> = {
  'GET /api/curriculum/courses/{courseId}/versions/{version}/diff': { from: '1' },
};

/** Caller that each cell of the operation uses instead of the column's shared one (it spends the session or account). */
export const CALLERS: Record<string, (w: World, column: Column) => Promise<Client>> = {
  // A sign-in replaces the session of the client that sends it.
  'POST /api/auth/login': async (w, column) => (column === 'anonymous' ? anonymousClient(w.t) : newSession(w, column)),
  'POST /api/auth/logout': newSession,
  'POST /api/auth/password': newSession,
  'POST /api/me/erasure-request': newSession,
  'DELETE /api/me/erasure-request': async (w, column) => {
    const client = await newSession(w, column);
    if (column.startsWith('trainee')) await ok(client.post('/api/me/erasure-request'), 200, 'erasure request');
    return client;
  },
};

/**
 * For the calls expected to succeed on an operation that uses up its object (signs, revokes,
 * withdraws, accepts…): a fresh object in the state the operation needs, of the party named.
 */
export const FRESH: Record<string, (w: World, party: Party, column: Column) => Promise<Fresh>> = {
  // An administrator acts on an account of her own making, never on the shared fixtures' people.
  'POST /api/users/{userId}/deactivate': async (w) => ({ params: { userId: (await w.t.createUser('trainee')).id } }),
  'POST /api/users/{userId}/reactivate': async (w) => {
    const user = await w.t.createUser('trainee');
    await ok(w.admin.post(`/api/users/${user.id}/deactivate`), 200, 'deactivate');
    return { params: { userId: user.id } };
  },
  'POST /api/users/{userId}/reset-password': async (w) => ({ params: { userId: (await w.t.createUser('trainee')).id } }),
  'POST /api/users/{userId}/role': async (w) => ({ params: { userId: (await w.t.createUser('trainee')).id }, body: { role: 'course_leader' } }),
  'PUT /api/users/{userId}/personal-identity': async (w) => ({ params: { userId: (await w.t.createUser('trainee')).id } }),
  'DELETE /api/users/{userId}/personal-identity': async (w) => ({ params: { userId: (await w.t.createUser('trainee')).id } }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/withdraw': async (w, party) => ({ params: { enrolmentId: await newEnrolment(w, party) } }),
  'DELETE /api/cohorts/{cohortId}/invitations/{invitationId}': async (w, party) => {
    const side = w.sides[party];
    const invitation = await ok<InvitationDto>(side.leader.post(`/api/cohorts/${side.cohort.id}/enrolments`, { name: 'Gun Gren', email: email('cancelled') }), 201, 'invite');
    return { params: { invitationId: invitation.id } };
  },
  'POST /api/me/invitations/{invitationId}/accept': async (w, party) => ({ params: { invitationId: (await inviteTrainee(w.t, w.sides[party].leader, w.sides[party].enrolled.enrolment.email)).id } }),
  'POST /api/me/invitations/{invitationId}/decline': async (w, party) => ({ params: { invitationId: (await inviteTrainee(w.t, w.sides[party].leader, w.sides[party].enrolled.enrolment.email)).id } }),
  'POST /api/invitations/{token}/accept': async (w, party) => ({ params: { token: (await inviteTrainee(w.t, w.sides[party].leader, w.sides[party].enrolled.enrolment.email)).token } }),
  'POST /api/invitations/{token}/register': async (w, party) => ({ params: { token: (await inviteTrainee(w.t, w.sides[party].leader, email('new-person'))).token } }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/make-ups': async (w, party) => ({ body: { dayNumber: await absentDay(w, party), note: 'Skriftlig reflektion' } }),
  'POST /api/cohorts/{cohortId}/enrolments/{enrolmentId}/make-up-bookings': async (w, party) => {
    const dayNumber = await absentDay(w, party);
    return { body: { dayNumber, hostCourseDayId: dayId(w, other(party), dayNumber) } };
  },
  'POST /api/cohorts/{cohortId}/make-up-bookings/{bookingId}/accept': async (w, party) => {
    const { bookingId, dayNumber } = await askForMakeUp(w, party);
    return { params: { bookingId }, body: { hostCourseDayId: dayId(w, other(party), dayNumber) } };
  },
  'POST /api/cohorts/{cohortId}/make-up-bookings/{bookingId}/cancel': async (w, party) => ({ params: { bookingId: (await askForMakeUp(w, party)).bookingId } }),
  'PUT /api/cohorts/{cohortId}/days/{dayNumber}/guests/{bookingId}/attendance': async (w, party) => {
    // The other side's trainee is booked into this side's day: this side hosts her.
    const guestSide = w.sides[other(party)];
    const dayNumber = await absentDay(w, other(party));
    const booking = await ok(
      guestSide.leader.post(`/api/cohorts/${guestSide.cohort.id}/enrolments/${guestSide.ids['enrolmentId']}/make-up-bookings`, { dayNumber, hostCourseDayId: dayId(w, party, dayNumber) }),
      201,
      'make-up booking',
    );
    return { params: { dayNumber: String(dayNumber), bookingId: booking.id } };
  },
  'POST /api/me/enrolments/{enrolmentId}/make-up-requests': async (w, party) => ({ body: { dayNumber: await absentDay(w, party) } }),
  'DELETE /api/calendar-feeds/{feedId}': async (w, party, column) => {
    const client = caller(w, column);
    const feed = await ok(client.post('/api/calendar-feeds', column.startsWith('admin') ? { cohortId: w.sides[party].cohort.id } : {}), 201, 'feed');
    return { params: { feedId: feed.id } };
  },
  'PUT /api/role-play-attempts/{attemptId}': async (w, party) => {
    const attempt = await draftAttempt(w, party);
    return { params: { attemptId: attempt.id }, body: { criteria: attempt.criteria } };
  },
  'POST /api/role-play-attempts/{attemptId}/sign': async (w, party) => {
    const attempt = await draftAttempt(w, party);
    await ok(w.sides[party].leader.put(`/api/role-play-attempts/${attempt.id}`, { criteria: attempt.criteria }), 200, 'observation');
    return { params: { attemptId: attempt.id } };
  },
  'POST /api/me/study-visits/{visitId}/send-confirmation': async (w, party) => ({ params: { visitId: await studyVisit(w, party, 'registered') } }),
  'PUT /api/me/study-visits/{visitId}/reflection': async (w, party) => {
    const visitId = await studyVisit(w, party, 'confirmed');
    const visit = (await ok(w.sides[party].trainee.get('/api/me/study-visits'), 200, 'visits')).studyVisits.find((v: { id: string }) => v.id === visitId);
    return { params: { visitId }, body: { answers: visit.questions.map(() => 'Jag lärde mig mycket.') } };
  },
  'POST /api/cohorts/{cohortId}/study-visits/{visitId}/approve': async (w, party) => ({ params: { visitId: await studyVisit(w, party, 'reflected') } }),
  'POST /api/cohorts/{cohortId}/study-visits/{visitId}/return': async (w, party) => ({ params: { visitId: await studyVisit(w, party, 'reflected') } }),
  'POST /api/cohorts/{cohortId}/trainees/{traineeId}/certify': async (w, party) => {
    const certificateId = await validCertificate(w, party);
    await ok(adminOf(w, party).post(`/api/certificates/${certificateId}/revoke`, { reason: 'issued-in-error' }), 201, 'revoke');
    return {};
  },
  // A job a worker is taking meanwhile may answer 409: let the earlier one finish first.
  'POST /api/cohorts/{cohortId}/certification-jobs': async (w) => {
    await w.t.drainJobs();
    return {};
  },
  'POST /api/certification-jobs/{jobId}/retry': async (w) => {
    await w.t.drainJobs();
    return {};
  },
  'POST /api/certificates/{certificateId}/revoke': async (w, party) => ({ params: { certificateId: await validCertificate(w, party) } }),
  'POST /api/certificates/{certificateId}/reissue': async (w, party) => ({ params: { certificateId: await validCertificate(w, party) } }),
  'POST /api/certificates/{certificateId}/renew': async (w, party) => ({ params: { certificateId: await renewableCertificate(w, party) } }),
  'POST /api/me/share-links': async (w, party) => ({ body: { certificateIds: [await validCertificate(w, party)], includeSupervision: true } }),
  'DELETE /api/me/share-links/{linkId}': async (w, party) => ({
    params: { linkId: (await ok(w.sides[party].trainee.post('/api/me/share-links', { certificateIds: [await validCertificate(w, party)] }), 201, 'share link')).id },
  }),
  'DELETE /api/organisation/identity-provider': async (w) => {
    await ok(w.admin.put('/api/organisation/identity-provider', BODIES['PUT /api/organisation/identity-provider']?.(w, 'own', 'admin')), 200, 'identity provider');
    return {};
  },
  'POST /api/admin/erasure-requests/{requestId}/confirm': async (w) => {
    const leaving = await w.t.as('trainee');
    return { params: { requestId: (await ok(leaving.post('/api/me/erasure-request'), 200, 'erasure request')).id } };
  },
};
