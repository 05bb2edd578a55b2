import { createCohort, signInTrainee } from '../../../test/cohort-fixture';
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
    const trainee = await signInTrainee(t, enrolments[0]!);

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

  it('keeps line breaks in a cohort name or place inside their property values', async () => {
    const leader = await t.as('course_leader');
    const { cohort } = await createCohort(leader, { name: 'Kull\r\nBEGIN:VEVENT\r\nSUMMARY:fake', days: [{ dayNumber: 1, date: '2026-01-12' }, { dayNumber: 2, date: '2026-01-19' }] });
    await leader.put(`/api/cohorts/${cohort.id}/days/2`, { date: '2026-01-19', startTime: '09:00', endTime: '16:00', place: 'Sal 1\nEND:VEVENT\rBEGIN:VEVENT' }).expect(200);
    const feed = (await leader.post('/api/calendar-feeds', { cohortId: cohort.id }).expect(201)).body;
    const ics = (await t.http().get(new URL(feed.url).pathname).expect(200)).text;

    // Unfolded (RFC 5545 3.1), every line is one property: a name, then parameters or a value.
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9-]*[;:][^\r\n]*$/);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('SUMMARY:'))).toHaveLength(2);
    expect(lines).toContain('X-WR-CALNAME:PEER Academy: Kull\\nBEGIN:VEVENT\\nSUMMARY:fake');
    expect(lines).toContain('NAME:PEER Academy: Kull\\nBEGIN:VEVENT\\nSUMMARY:fake');
    expect(lines).toContain('LOCATION:Sal 1\\nEND:VEVENT\\nBEGIN:VEVENT');
  });
});
