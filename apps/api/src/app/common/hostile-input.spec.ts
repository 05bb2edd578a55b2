import type { ErrorBody } from '@peer/contract';
import type { Response } from 'supertest';
import { createCohort, signInTrainee } from '../../../test/cohort-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';

/** A JSON text of objects nested `depth` deep, as raw text: JSON.stringify itself would overflow. */
function nested(depth: number, key = 'a'): string {
  return `{"${key}":`.repeat(depth) + '1' + '}'.repeat(depth);
}

interface HostileCase {
  name: string;
  send: () => Promise<Response>;
  status: number;
  error?: { field: string; rule: string };
}

describe('hostile input', () => {
  let t: TestApp;
  let leader: Client;
  let trainee: Client;
  let cohortId: string;
  let enrolmentId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '1000' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    const { cohort, enrolments } = await createCohort(leader, { trainees: ['Anna Berg'] });
    cohortId = cohort.id;
    enrolmentId = enrolments[0]?.enrolment.id as string;
    trainee = await signInTrainee(t, enrolments[0] as never);
  });
  afterAll(() => t.close());

  /** Sends a JSON text as is, for what JSON.stringify cannot write. */
  const raw = (client: Client, method: 'post' | 'put', path: string, text: string) => client[method](path, text as never).set('Content-Type', 'application/json');
  const login = (text: string) => t.http().post('/api/auth/login').set('Content-Type', 'application/json').send(text);
  const day = { date: '2026-03-02', startTime: '09:00', endTime: '16:00', place: 'Lokal Älvsjö' };
  const visit = () => ({
    enrolmentId,
    requirementId: 'x',
    unitName: 'Psykiatriska akuten',
    kind: 'x',
    organisation: 'Region Stockholm',
    date: '2026-03-02',
    hours: 2,
    hostEmail: 'host@example.org',
  });

  const cases: HostileCase[] = [
    { name: 'anonymous login nested 40,000 deep', send: () => login(nested(40_000)), status: 400, error: { field: 'body', rule: 'json.depth' } },
    { name: 'anonymous login with arrays nested 40,000 deep', send: () => login('['.repeat(40_000) + ']'.repeat(40_000)), status: 400, error: { field: 'body', rule: 'json.depth' } },
    { name: 'anonymous login nested 33 deep', send: () => login(nested(33)), status: 400, error: { field: 'body', rule: 'json.depth' } },
    {
      name: 'anonymous login with a NUL byte in the e-mail',
      send: () => login('{"email":"anna\\u0000@example.org","password":"secret"}'),
      status: 400,
      error: { field: 'email', rule: 'string.invalid-characters' },
    },
    {
      name: 'anonymous login with a lone surrogate in the password',
      send: () => login('{"email":"anna@example.org","password":"\\ud800"}'),
      status: 400,
      error: { field: 'password', rule: 'string.invalid-characters' },
    },
    {
      name: 'anonymous login with a NUL byte in a field name',
      send: () => login('{"email":"anna@example.org","password":"x","a\\u0000":1}'),
      status: 400,
      error: { field: 'value', rule: 'string.invalid-characters' },
    },
    { name: 'anonymous login of 2 MB', send: () => login(JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(2_000_000) })), status: 413 },
    {
      name: "leader's cohort with version 1e308",
      send: () => raw(leader, 'post', '/api/cohorts', '{"name":"Kull","courseId":"base","version":1e308}'),
      status: 400,
      error: { field: 'version', rule: 'max' },
    },
    {
      name: "leader's cohort with version 2147483648",
      send: () => leader.post('/api/cohorts', { name: 'Kull', courseId: 'base', version: 2_147_483_648 }),
      status: 400,
      error: { field: 'version', rule: 'max' },
    },
    {
      name: "leader's cohort named with a NUL byte",
      send: () => leader.post('/api/cohorts', { name: 'Kull\u0000', courseId: 'base', version: 1 }),
      status: 400,
      error: { field: 'name', rule: 'string.invalid-characters' },
    },
    {
      name: "leader's cohort nested 40,000 deep",
      send: () => raw(leader, 'post', '/api/cohorts', nested(40_000, 'name')),
      status: 400,
      error: { field: 'body', rule: 'json.depth' },
    },
    { name: 'day number 2147483648 in the path', send: () => leader.put(`/api/cohorts/${cohortId}/days/2147483648`, day), status: 400, error: { field: 'dayNumber', rule: 'max' } },
    { name: 'day number 1e308 in the path', send: () => leader.put(`/api/cohorts/${cohortId}/days/1e308`, day), status: 400, error: { field: 'dayNumber', rule: 'max' } },
    {
      name: 'place with a lone surrogate',
      send: () => raw(leader, 'put', `/api/cohorts/${cohortId}/days/1`, JSON.stringify(day).replace('Lokal', 'Lokal\\udc00')),
      status: 400,
      error: { field: 'place', rule: 'string.invalid-characters' },
    },
    { name: 'a NUL byte in a path parameter', send: () => leader.get('/api/cohorts/%00'), status: 400, error: { field: 'cohortId', rule: 'string.invalid-characters' } },
    // The router fails to percent-decode it before any parameter has a name.
    { name: 'a lone surrogate in a path parameter', send: () => leader.get('/api/cohorts/%ED%A0%80'), status: 400 },
    { name: 'a NUL byte in the query', send: () => leader.get(`/api/cohorts/${cohortId}/progress?show=%00`), status: 400, error: { field: 'show', rule: 'string.invalid-characters' } },
    { name: 'offset 2147483648 in the query', send: () => leader.get(`/api/cohorts/${cohortId}/progress?offset=2147483648`), status: 400, error: { field: 'offset', rule: 'max' } },
    {
      name: "trainee's study visit with a NUL byte in the unit",
      send: () => trainee.post('/api/me/study-visits', { ...visit(), unitName: 'Akuten\u0000' }),
      status: 400,
      error: { field: 'unitName', rule: 'string.invalid-characters' },
    },
    {
      name: "trainee's study visit with a lone surrogate in the organisation",
      send: () => raw(trainee, 'post', '/api/me/study-visits', JSON.stringify(visit()).replace('Region', '\\ud83d Region')),
      status: 400,
      error: { field: 'organisation', rule: 'string.invalid-characters' },
    },
    {
      name: "trainee's study visit nested 40,000 deep",
      send: () => raw(trainee, 'post', '/api/me/study-visits', nested(40_000, 'unitName')),
      status: 400,
      error: { field: 'body', rule: 'json.depth' },
    },
    { name: "trainee's study visit of 1e308 hours", send: () => trainee.post('/api/me/study-visits', { ...visit(), hours: 1e308 }), status: 400, error: { field: 'hours', rule: 'max' } },
    // JavaScript writes these in exponent notation, which class-validator's maxDecimalPlaces check crashed on.
    { name: "trainee's study visit of 1e-7 hours", send: () => trainee.post('/api/me/study-visits', { ...visit(), hours: 1e-7 }), status: 400, error: { field: 'hours', rule: 'isNumber' } },
    { name: "trainee's study visit of 2.0000001 hours", send: () => trainee.post('/api/me/study-visits', { ...visit(), hours: 2.0000001 }), status: 400, error: { field: 'hours', rule: 'isNumber' } },
  ];

  it.each(cases)('answers $name with $status, naming the field', async ({ send, status, error }) => {
    const response = await send();
    expect(response.status).toBe(status);
    const body = response.body as ErrorBody;
    expect(body).toMatchObject({ statusCode: status, code: expect.any(String), error: expect.any(String), message: expect.any(String) });
    if (error) expect(body.errors).toContainEqual(expect.objectContaining({ ...error, code: expect.any(String) }));
  });

  it('gives every error body a stable code: the broken rule when it is one, else the status', async () => {
    const tooLong = await trainee.post('/api/me/study-visits', { ...visit(), hours: 1e308 }).expect(400);
    expect(tooLong.body).toMatchObject({ code: 'field.max', errors: [{ field: 'hours', rule: 'max', code: 'field.max' }] });
    const nul = await login('{"email":"anna\\u0000@example.org","password":"secret"}').expect(400);
    expect(nul.body).toMatchObject({ code: 'string.invalid-characters', errors: [{ field: 'email', code: 'string.invalid-characters' }] });
    const empty = await login('{}').expect(400);
    expect(empty.body.code).toBe('request.invalid');
    expect(empty.body.errors.map((e: { code: string }) => e.code)).toEqual(expect.arrayContaining(['field.is-email', 'field.is-string']));
    expect((await login('{').expect(400)).body.code).toBe('request.invalid');
    expect((await t.http().get('/api/auth/me').expect(401)).body.code).toBe('auth.required');
    expect((await trainee.get('/api/cohorts').expect(403)).body.code).toBe('access.denied');
    expect((await leader.get('/api/cohorts/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('not-found');
  });

  it('still accepts JSON nested to the limit and a proper surrogate pair', async () => {
    await login(nested(32)).expect(400); // the login's own rules, not the depth limit
    const response = await login(nested(32));
    expect(response.body.errors).not.toContainEqual(expect.objectContaining({ rule: 'json.depth' }));
    await leader.post('/api/cohorts', { name: 'Kull 🌲 Älvsjö', courseId: 'base', version: 1 }).expect(201);
  });
});
