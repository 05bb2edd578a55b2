import type { DataExportDto } from '@peer/contract';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { traineeWithData, TraineeWithData } from './privacy-fixture';

jest.setTimeout(180_000);

describe('export of one’s own data', () => {
  let t: TestApp;
  let leader: Client;
  let mine: TraineeWithData;
  let other: TraineeWithData;

  beforeAll(async () => {
    t = await startTestApp();
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    mine = await traineeWithData(t, leader, 'Agnes <b>Ekdahl</b>', 'agnesmarker');
    other = await traineeWithData(t, leader, 'Petter Främling', 'pettermarker');
    // A withdrawn enrolment is her data too.
    await leader.post(`/api/cohorts/${mine.cohort.id}/enrolments/${mine.enrolment.enrolment.id}/withdraw`, { reason: 'Flyttar agnesmarker' }).expect(204);
  });
  afterAll(async () => {
    await t.close();
  });

  it('downloads as a JSON attachment that no one keeps a copy of, with her data from every feature', async () => {
    const response = await mine.trainee.get('/api/me/data-export.json').expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="peer-academy-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers['cache-control']).toBe('no-store');
    const data = response.body as DataExportDto;
    expect(data.account).toEqual(expect.objectContaining({ id: mine.enrolment.enrolment.traineeId, name: 'Agnes <b>Ekdahl</b>', email: mine.enrolment.enrolment.email }));
    expect(data.enrolments).toEqual([expect.objectContaining({ cohortId: mine.cohort.id, withdrawnAt: expect.any(String), withdrawalReason: 'Flyttar agnesmarker' })]);
    expect(data.attendance).toHaveLength(12);
    expect(data.attendance.find((a) => a.dayNumber === 1)).toEqual(expect.objectContaining({ status: 'late', comment: 'Anteckning agnesmarker' }));
    expect(data.attendanceHistory.length).toBeGreaterThanOrEqual(13);
    expect(data.absenceNotices).toEqual([expect.objectContaining({ dayNumber: 12, reason: 'Sjuk agnesmarker' })]);
    expect(data.makeUpBookings).toEqual([expect.objectContaining({ dayNumber: 2, status: 'requested', requestNote: 'Önskan agnesmarker' })]);
    expect(data.rolePlays.length).toBeGreaterThan(0);
    expect(data.rolePlays.flatMap((r) => r.reflections.map((x) => x.text))).toEqual(['Reflektion agnesmarker']);
    expect(data.rolePlays.every((r) => r.status === 'signed' && r.result === 'passed')).toBe(true);
    expect(data.supervision.sessions).toEqual([expect.objectContaining({ present: true, minutes: 90, reflection: 'Handledningsreflektion agnesmarker' })]);
    expect(data.supervision.totalHours).toBe(1.5);
    expect(data.studyVisits.length).toBeGreaterThan(0);
    expect(data.studyVisits[0]).toEqual(expect.objectContaining({ hostEmail: expect.stringMatching(/^host\./), answers: expect.arrayContaining(['Jag lärde mig hur teamet arbetar.']), status: 'approved' }));
    expect(data.certificates).toEqual([expect.objectContaining({ code: mine.certificateCode, status: 'valid', verifyUrl: expect.stringContaining(`/verify/${mine.certificateCode}`) })]);
    expect(data.shareLinks).toHaveLength(1);
    expect(data.calendarFeeds).toHaveLength(1);
    expect(data.erasureRequests).toEqual([]);
    // Never a secret: no token, hash or URL of a link or feed.
    expect(JSON.stringify(data.shareLinks) + JSON.stringify(data.calendarFeeds)).not.toMatch(/token|url|hash/i);
  });

  it('holds nothing of another trainee', async () => {
    const text = (await mine.trainee.get('/api/me/data-export.json').expect(200)).text;
    expect(text).not.toContain('Petter');
    expect(text).not.toContain('pettermarker');
    expect(text).not.toContain(other.enrolment.enrolment.email);
    expect(text).not.toContain(other.certificateCode);
  });

  it('lists the staff who read or changed her data, never her own actions', async () => {
    const { body } = await mine.trainee.get('/api/me/data-export.json').expect(200);
    const access = body.staffAccess as { action: string; staff: { name: string; role: string } }[];
    expect(access.length).toBeGreaterThan(0);
    expect(access.map((e) => e.staff.name)).toContain(leader.user.name);
    expect(access.map((e) => e.staff.name)).not.toContain('Agnes <b>Ekdahl</b>');
    expect(access.map((e) => e.action)).toContain('role_play.sign');
  });

  it('reads as a printable page in Swedish or English, with what she typed escaped', async () => {
    const sv = await mine.trainee.get('/api/me/data-export.html').expect(200);
    expect(sv.headers['content-type']).toMatch(/^text\/html/);
    expect(sv.headers['cache-control']).toBe('no-store');
    expect(sv.text).toContain('<html lang="sv">');
    expect(sv.text).toContain('Mina uppgifter i PEER Academy');
    // One main landmark holds the whole page, as a screen reader expects of a document.
    expect(sv.text).toMatch(/<body>\s*<main>\s*<h1>Mina uppgifter i PEER Academy<\/h1>[\s\S]*<\/main>\s*<\/body>/);
    expect(sv.text).toContain('Agnes &lt;b&gt;Ekdahl&lt;/b&gt;');
    expect(sv.text).not.toContain('<b>Ekdahl</b>');
    expect(sv.text).toContain('Reflektion agnesmarker');
    expect(sv.text).toContain('Handledningsreflektion agnesmarker');
    expect(sv.text).toContain(mine.certificateCode);
    const en = await mine.trainee.get('/api/me/data-export.html?lang=en').expect(200);
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('My data in PEER Academy');
    const bad = await mine.trainee.get('/api/me/data-export.html?lang=de').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
  });

  it('is for the trainee herself only', async () => {
    await t.http().get('/api/me/data-export.json').expect(401);
    await leader.get('/api/me/data-export.json').expect(403);
    await leader.get('/api/me/data-export.html').expect(403);
  });
});
