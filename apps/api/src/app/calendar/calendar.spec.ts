import { createCohort } from '../../../test/cohort-fixture';
import { startTestApp, TestApp } from '../../../test/test-app';

describe('calendar feeds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
  });
  afterAll(() => t.close());

  it('serves a private, revocable iCalendar feed in Swedish time', async () => {
    const leader = await t.as('course_leader');
    const { cohort, enrolments } = await createCohort(leader, {
      trainees: ['Åsa Lindström'],
      days: [{ dayNumber: 1, date: '2026-01-12' }, { dayNumber: 2, date: '2026-06-15' }],
    });
    const trainee = await t.signIn(enrolments[0]?.enrolment.email as string, enrolments[0]?.temporaryPassword as string);
    await trainee.post('/api/auth/password', { currentPassword: enrolments[0]?.temporaryPassword, newPassword: 'a new long password' }).expect(204);

    const feed = (await trainee.post('/api/calendar-feeds', {}).expect(201)).body;
    const path = new URL(feed.url).pathname;
    const ics = await t.http().get(path).expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).toContain('DTSTART:20260112T080000Z'); // 09:00 in Stockholm in winter
    expect(ics.text).toContain('DTSTART:20260615T070000Z'); // 09:00 in summer
    expect(ics.text).toMatch(/LOCATION:Lokal Älvsjö/);

    const cohortFeed = (await leader.post('/api/calendar-feeds', { cohortId: cohort.id }).expect(201)).body;
    await t.http().get(new URL(cohortFeed.url).pathname).expect(200);
    await trainee.post('/api/calendar-feeds', { cohortId: cohort.id }).expect(403);

    expect((await trainee.get('/api/calendar-feeds').expect(200)).body.feeds).toEqual([{ id: feed.id, cohortId: null, createdAt: feed.createdAt }]);
    await trainee.delete(`/api/calendar-feeds/${feed.id}`).expect(204);
    await t.http().get(path).expect(404);
    await t.http().get('/api/calendar/guess.ics').expect(400);
  });
});
