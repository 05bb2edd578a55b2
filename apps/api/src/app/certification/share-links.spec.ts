import type { CertificateDto, DataExportDto, ShareLinkDto } from '@peer/contract';
import { randomUUID } from 'node:crypto';
import { createCohort, type EnrolledTrainee, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse, giveBaseCertificate } from '../../../test/completion-fixture';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { hashSecretToken } from '../common/secret-token';
import { ShareLinkContents1797200000000 } from '../database/migrations/1797200000000-ShareLinkContents';

jest.setTimeout(180_000);

const BASE_TITLE = 'Yrkesbevis: certifierad peer supporter';
const MODULE_TITLE = 'Kursbevis: fördjupning psykos';

describe('share links: the holder chooses what the employer sees', () => {
  let t: TestApp;
  let leader: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'https://intyg.example.org', COOKIE_SECURE: 'false' });
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    admin = await t.as('admin');
  });
  afterAll(async () => {
    await t.close();
  });

  interface Holder {
    trainee: Client;
    enrolment: EnrolledTrainee;
    baseId: string;
    moduleId: string;
  }

  /** A trainee with a base-course certificate and a module certificate (psychosis), both valid. */
  async function holder(name: string): Promise<Holder> {
    const { cohort, enrolments } = await createCohort(leader, { name: `Psykos ${name}`, courseId: 'psychosis', trainees: [name], days: weeklyDays('2026-01-12', 2) });
    const [enrolment] = enrolments as [EnrolledTrainee];
    const trainee = await completeBaseCourse(t, leader, cohort, enrolment);
    const baseId = await giveBaseCertificate(t, leader, enrolment);
    const module = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language: 'sv' }).expect(201)).body as CertificateDto;
    return { trainee, enrolment, baseId, moduleId: module.id };
  }

  const pathOf = (url: string) => new URL(url).pathname;
  const share = (client: Client, body: object) => client.post('/api/me/share-links', body);
  const cards = (html: string) => html.split('<section class="card">').slice(1);

  let anna: Holder;
  beforeAll(async () => {
    anna = await holder('Anna Sjöberg');
  });

  it('shows only the certificates she chose, each with its own status, and says plainly what she chose', async () => {
    const created = (await share(anna.trainee, { certificateIds: [anna.moduleId] }).expect(201)).body as ShareLinkDto;
    expect(created).toMatchObject({ certificateIds: [anna.moduleId], includeSupervision: false, url: expect.stringContaining('/share/') });

    const page = (await t.http().get(pathOf(created.url as string)).expect(200)).text;
    expect(page).toContain('Innehavaren har valt att visa 1 intyg.</p>');
    expect(cards(page)).toHaveLength(1);
    expect(page).toContain(MODULE_TITLE);
    expect(page).not.toContain(BASE_TITLE);
    expect(page).toContain('Anna Sjöberg');
    expect(page).not.toContain('Handledning');
    const english = (await t.http().get(`${pathOf(created.url as string)}?lang=en`).expect(200)).text;
    expect(english).toContain('The holder chose to show 1 certificate.</p>');

    const both = (await share(anna.trainee, { certificateIds: [anna.baseId, anna.moduleId] }).expect(201)).body as ShareLinkDto;
    expect([...both.certificateIds].sort()).toEqual([anna.baseId, anna.moduleId].sort());
    const bothPage = (await t.http().get(pathOf(both.url as string)).expect(200)).text;
    expect(bothPage).toContain('Innehavaren har valt att visa 2 intyg.</p>');
    expect(cards(bothPage)).toHaveLength(2);
    expect(bothPage).toContain(BASE_TITLE);

    // Her list says what each link contains, newest first, never the address.
    const { links } = (await anna.trainee.get('/api/me/share-links').expect(200)).body as { links: ShareLinkDto[] };
    expect(links.map((l) => [l.id, l.certificateIds.length, l.includeSupervision, l.url])).toEqual([
      [both.id, 2, false, undefined],
      [created.id, 1, false, undefined],
    ]);

    // A chosen certificate revoked later stays on the page, with its own status.
    await leader.post(`/api/certificates/${anna.moduleId}/revoke`, { reason: 'issued-in-error' }).expect(201);
    const after = cards((await t.http().get(pathOf(both.url as string)).expect(200)).text);
    expect(after).toHaveLength(2);
    const revoked = after.find((c) => c.includes(MODULE_TITLE)) as string;
    expect(revoked).toContain('<p class="status bad" role="status">Återkallat</p>');
    const valid = after.find((c) => c.includes(BASE_TITLE)) as string;
    expect(valid).toContain('<p class="status ok" role="status">Giltigt</p>');
    expect(valid).toMatch(/<dd class="valid-until">\d{4}-\d{2}-\d{2}<\/dd>/);
    expect(valid).toMatch(/<a href="\/verify\/[^"?]+\?lang=sv">/);
  });

  it('refuses a link without certificates, naming the field and the rule', async () => {
    const before = (await anna.trainee.get('/api/me/share-links').expect(200)).body.links.length as number;
    const empty = (await share(anna.trainee, { certificateIds: [] }).expect(400)).body;
    expect(empty.errors).toEqual([expect.objectContaining({ field: 'certificateIds', rule: 'arrayMinSize', code: 'field.array-min-size' })]);
    const missing = (await share(anna.trainee, {}).expect(400)).body;
    expect(missing.errors.map((e: { field: string }) => e.field)).toContain('certificateIds');
    const twice = (await share(anna.trainee, { certificateIds: [anna.baseId, anna.baseId] }).expect(400)).body;
    expect(twice.errors).toEqual([expect.objectContaining({ field: 'certificateIds', rule: 'arrayUnique' })]);
    const notIds = (await share(anna.trainee, { certificateIds: ['PEER-1234'] }).expect(400)).body;
    expect(notIds.errors).toEqual([expect.objectContaining({ field: 'certificateIds', rule: 'isUuid' })]);
    const tooMany = (await share(anna.trainee, { certificateIds: Array.from({ length: 51 }, () => randomUUID()) }).expect(400)).body;
    expect(tooMany.errors).toEqual([expect.objectContaining({ field: 'certificateIds', rule: 'arrayMaxSize' })]);
    const flag = (await share(anna.trainee, { certificateIds: [anna.baseId], includeSupervision: 'yes' }).expect(400)).body;
    expect(flag.errors).toEqual([expect.objectContaining({ field: 'includeSupervision', rule: 'isBoolean' })]);
    expect((await anna.trainee.get('/api/me/share-links').expect(200)).body.links).toHaveLength(before);
  });

  it('answers someone else’s certificate exactly like an unknown one, and refuses a revoked one alike; nothing is stored', async () => {
    const other = await holder('Petter Lund');
    const before = (await anna.trainee.get('/api/me/share-links').expect(200)).body.links.length as number;
    const foreign = await share(anna.trainee, { certificateIds: [anna.baseId, other.baseId] }).expect(422);
    const unknown = await share(anna.trainee, { certificateIds: [anna.baseId, randomUUID()] }).expect(422);
    expect(foreign.body).toEqual(unknown.body);
    expect(foreign.body).toMatchObject({ code: 'share.certificate-not-shareable', errors: [{ field: 'certificateIds', code: 'share.certificate-not-shareable' }] });
    expect(JSON.stringify(foreign.body)).not.toContain(other.baseId);
    // Her module certificate was revoked in the first test.
    const revoked = await share(anna.trainee, { certificateIds: [anna.moduleId] }).expect(422);
    expect(revoked.body).toEqual(unknown.body);
    expect((await anna.trainee.get('/api/me/share-links').expect(200)).body.links).toHaveLength(before);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM share_link_certificates WHERE certificate_id = $1`, [other.baseId]);
    expect(count).toBe(0);
  });

  it('shows her attended supervision in numbers only, and only when she chose to', async () => {
    const traineeId = anna.enrolment.enrolment.traineeId;
    const supervisor = await t.as('course_leader');
    const group = (await admin.post('/api/supervision/groups', { name: 'Gruppen Sjöbacken', supervisorIds: [supervisor.user.id], memberIds: [traineeId] }).expect(201)).body;
    const sessions = [
      { date: '2025-11-04', minutes: 60, present: true },
      { date: '2026-03-03', minutes: 90, present: true },
      { date: '2026-04-07', minutes: 120, present: false },
    ];
    for (const s of sessions) {
      const created = await supervisor
        .post(`/api/supervision/groups/${group.id}/sessions`, { date: s.date, startTime: '18:00', minutes: s.minutes, attendance: [{ traineeId, present: s.present }] })
        .expect(201);
      if (s.present) await anna.trainee.put(`/api/me/supervision/sessions/${created.body.id}/reflection`, { text: 'Reflektion sjöbackenmarker' }).expect(200);
    }

    const without = (await share(anna.trainee, { certificateIds: [anna.baseId] }).expect(201)).body as ShareLinkDto;
    const withoutPage = (await t.http().get(pathOf(without.url as string)).expect(200)).text;
    expect(withoutPage).not.toContain('Handledning');
    expect(withoutPage).not.toContain('handledningstimmar');

    const included = (await share(anna.trainee, { certificateIds: [anna.baseId], includeSupervision: true }).expect(201)).body as ShareLinkDto;
    expect(included.includeSupervision).toBe(true);
    const page = (await t.http().get(pathOf(included.url as string)).expect(200)).text;
    expect(page).toContain('Innehavaren har valt att visa 1 intyg och sina handledningstimmar.</p>');
    expect(page).toContain('<h2>Handledning</h2>');
    expect(page).toContain('Sammanlagt 2,5 timmar handledning vid 2 tillfällen.');
    expect(page).toContain('<tr><th scope="row">2025</th><td>1</td><td>1</td></tr><tr><th scope="row">2026</th><td>1,5</td><td>1</td></tr>');
    for (const secret of ['Sjöbacken', 'sjöbackenmarker', supervisor.user.name]) expect(page).not.toContain(secret);
    const english = (await t.http().get(`${pathOf(included.url as string)}?lang=en`).expect(200)).text;
    expect(english).toContain('The holder chose to show 1 certificate and her supervision hours.</p>');
    expect(english).toContain('In all 2.5 hours of supervision in 2 sessions.');

    // Her data export says what each of her links shows.
    const exported = (await anna.trainee.get('/api/me/data-export.json').expect(200)).body as DataExportDto;
    expect(exported.shareLinks.find((l) => l.id === included.id)).toMatchObject({ certificateIds: [anna.baseId], includeSupervision: true, revokedAt: null });
    expect(exported.shareLinks.find((l) => l.id === without.id)).toMatchObject({ certificateIds: [anna.baseId], includeSupervision: false });
  });

  it('stops showing anything once she revokes the link; another trainee cannot revoke it', async () => {
    const link = (await share(anna.trainee, { certificateIds: [anna.baseId], includeSupervision: true }).expect(201)).body as ShareLinkDto;
    await t.http().get(pathOf(link.url as string)).expect(200);
    const stranger = await t.as('trainee');
    await stranger.delete(`/api/me/share-links/${link.id}`).expect(404);
    await anna.trainee.delete(`/api/me/share-links/${link.id}`).expect(204);
    const gone = await t.http().get(pathOf(link.url as string)).expect(404);
    expect(gone.text).toContain('Länken finns inte eller har dragits tillbaka.');
    expect((await anna.trainee.get('/api/me/share-links').expect(200)).body.links.map((l: ShareLinkDto) => l.id)).not.toContain(link.id);
  });

  /** A renewal as the store makes it, in one transaction: a new certificate naming the old one, which becomes `renewed`. */
  async function renewInStore(id: string): Promise<{ id: string; code: string }> {
    return t.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE certificates SET status = 'renewed' WHERE id = $1 AND status = 'valid'`, [id]);
      const [renewal] = (await manager.query(
        `INSERT INTO certificates (code, trainee_id, enrolment_id, course_id, curriculum_version, status, holder_name, issuer_name, language, issued_by,
                                   valid_until, status_list, status_index, key_id, credential, pdf, pdf_sha256, renews_certificate_id)
         SELECT code || 'R', trainee_id, enrolment_id, course_id, curriculum_version, 'valid', holder_name, issuer_name, language, issued_by,
                valid_until + interval '3 years', status_list, (SELECT max(status_index) + 1 FROM certificates), key_id, credential, pdf,
                md5(random()::text) || md5(random()::text), id
           FROM certificates WHERE id = $1
         RETURNING id, code`,
        [id],
      )) as [{ id: string; code: string }];
      return renewal;
    });
  }

  it('follows a chosen certificate along its renewals and corrections, each with its own status, never repeating a replaced one', async () => {
    const chosen = anna.baseId;
    const [{ code: chosenCode }] = await t.dataSource.query(`SELECT code FROM certificates WHERE id = $1`, [chosen]);
    const link = (await share(anna.trainee, { certificateIds: [chosen] }).expect(201)).body as ShareLinkDto;
    const renewal = await renewInStore(chosen);

    const renewed = cards((await t.http().get(pathOf(link.url as string)).expect(200)).text);
    expect(renewed).toHaveLength(2);
    const [newest, older] = renewed as [string, string];
    expect(newest).toContain(renewal.code);
    expect(newest).toContain('<p class="status ok" role="status">Giltigt</p>');
    expect(older).toContain(chosenCode);
    expect(older).not.toContain('Giltigt</p>');

    // A renewed certificate is hers to show too.
    await share(anna.trainee, { certificateIds: [chosen] }).expect(201);

    // The renewal is corrected (a new name): the correction takes its place on the page.
    const corrected = (await leader.post(`/api/certificates/${renewal.id}/reissue`, { holderName: 'Anna Sjöberg-Lind', reason: 'Nytt efternamn' }).expect(201)).body as CertificateDto;
    const page = (await t.http().get(pathOf(link.url as string)).expect(200)).text;
    expect(cards(page)).toHaveLength(2);
    expect(page).toContain(corrected.code);
    expect(page).toContain(chosenCode);
    expect(page).not.toContain(renewal.code + '<');
    expect(page).not.toContain('Ersatt');
    expect(page).toContain('Innehavaren har valt att visa 1 intyg.</p>');
  });

  // Last: it takes the migration down and up again on this test's database.
  it('keeps what links made before the choice showed: her valid and revoked certificates, no supervision', async () => {
    const bea = await holder('Bea Holm');
    const traineeId = bea.enrolment.enrolment.traineeId;
    await leader.post(`/api/certificates/${bea.moduleId}/revoke`, { reason: 'issued-in-error' }).expect(201);
    const migration = new ShareLinkContents1797200000000();
    const runner = t.dataSource.createQueryRunner();
    const token = 'a'.repeat(43);
    const revokedToken = 'b'.repeat(43);
    try {
      await migration.down(runner);
      // Links as they were stored before: a token's hash and the trainee, nothing about contents.
      await runner.query(`INSERT INTO share_links (token_hash, trainee_id) VALUES ($1, $2)`, [hashSecretToken(token), traineeId]);
      await runner.query(`INSERT INTO share_links (token_hash, trainee_id, revoked_at) VALUES ($1, $2, now())`, [hashSecretToken(revokedToken), traineeId]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const page = (await t.http().get(`/share/${token}`).expect(200)).text;
    expect(cards(page)).toHaveLength(2);
    expect(page).toContain('Innehavaren har valt att visa 2 intyg.</p>');
    expect(page).toContain(BASE_TITLE);
    expect(page).toContain(MODULE_TITLE);
    expect(page).toContain('Återkallat');
    expect(page).not.toContain('Handledning');
    await t.http().get(`/share/${revokedToken}`).expect(404);
    const { links } = (await bea.trainee.get('/api/me/share-links').expect(200)).body as { links: ShareLinkDto[] };
    expect(links.map((l) => [[...l.certificateIds].sort(), l.includeSupervision])).toEqual([[[bea.baseId, bea.moduleId].sort(), false]]);
  });
});
