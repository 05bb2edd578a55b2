import type { INestApplication } from '@nestjs/common';
import { databaseUrl, dropDatabase } from '@peer/api-database/testing';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import request from 'supertest';
import { createCohort, weeklyDays } from '../../../test/cohort-fixture';
import { completeBaseCourse } from '../../../test/completion-fixture';
import { Client, SHIPPED_CURRICULUM, startTestApp, TestApp } from '../../../test/test-app';
import { holdsIssuerKeys, IssuerKeyErrorCodes } from '../certification/issuer-keys.service';
import { loadConfig } from '../config/config';
import { localSecret } from '../database/database-server';
import { createHttpApp } from '../http-app';
import { writeBackup } from './backup';
import { BackupReader } from './backup-file';
import { migrationsOfBackup, restoreBackup } from './restore';

jest.setTimeout(180_000);

// startTestApp's default secret.
const SECRET = 'test-issuer-key-secret-of-32-characters';
const WRONG_SECRET = 'another-secret-that-is-also-32-characters-long';

describe('backup and restore', () => {
  const adminUrl = process.env['PEER_TEST_ADMIN_URL'] as string;
  const databases: string[] = [];
  let t: TestApp;
  let leader: Client;
  let dir: string;
  let sourceUrl: string;
  let file: string;
  const codes: { valid: string; revoked: string } = { valid: '', revoked: '' };

  async function emptyDatabase(): Promise<string> {
    const name = `restore_${randomUUID().replaceAll('-', '')}`;
    await query(adminUrl, `CREATE DATABASE ${name}`);
    databases.push(name);
    return databaseUrl(adminUrl, name);
  }

  async function certifiedTrainee(name: string, language: 'sv' | 'en'): Promise<{ id: string; code: string; cohortId: string }> {
    const { cohort, enrolments: [enrolment] } = await createCohort(leader, { trainees: [name], days: weeklyDays('2026-01-12') });
    if (!enrolment) throw new Error('no enrolment');
    await completeBaseCourse(t, leader, cohort, enrolment);
    const issued = (await leader.post(`/api/cohorts/${cohort.id}/trainees/${enrolment.enrolment.traineeId}/certify`, { language }).expect(201)).body;
    return { ...issued, cohortId: cohort.id };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peer-backup-'));
    t = await startTestApp();
    sourceUrl = (t.dataSource.options as { url: string }).url;
    await t.publishCurriculum();
    leader = await t.as('course_leader');
    // Two certificates signed by two keys (one retired since), one of them revoked.
    const first = await certifiedTrainee('Åsa Lindström', 'sv');
    await (await t.as('national_admin')).post('/api/signing-keys/rotate').expect(201);
    const second = await certifiedTrainee('Örjan Ångström', 'en');
    await leader.post(`/api/certificates/${first.id}/revoke`, { reason: 'issued-in-error', note: 'Fel kurs registrerad' }).expect(201);
    // A cohort run still open when the backup is taken: its queue job is not in the backup.
    await t.dataSource.query(`INSERT INTO certification_jobs (cohort_id, requested_by, status, language) VALUES ($1, $2, 'queued', 'sv')`, [
      second.cohortId,
      leader.user.id,
    ]);
    codes.revoked = first.code;
    codes.valid = second.code;

    file = join(dir, 'peer.backup.tar');
    const result = await writeBackup({ databaseUrl: sourceUrl, file, keySecret: SECRET });
    expect(result.secretProblem).toBeUndefined();
  });

  afterAll(async () => {
    await t?.close();
    for (const name of databases) await dropDatabase(adminUrl, name);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one tar file with a manifest and the tables, never the key secret', async () => {
    const listing = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(expect.arrayContaining(['manifest.json', 'tables/certificates.copy.gz', 'tables/issuer_keys.copy.gz']));
    expect(listing).not.toContain('tables/migrations.copy.gz');
    const manifest = JSON.parse(execFileSync('tar', ['-xOf', file, 'manifest.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({
      format: 'peer-academy-backup',
      formatVersion: 1,
      issuerKeys: { count: 2, secretCheck: expect.stringMatching(/^hmac-sha256:[0-9a-f]{64}$/) },
      queue: { schema: 'pgboss', included: false },
    });
    expect(manifest.migrations.length).toBeGreaterThanOrEqual(5);
    expect(manifest.tables.find((table: { name: string }) => table.name === 'certificates')).toMatchObject({ rows: 2, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readFileSync(file).includes(SECRET)).toBe(false);
    expect(JSON.stringify(manifest)).not.toContain(SECRET);
  });

  it('restores into an empty database: every certificate verifies, every count matches, and the app signs again', async () => {
    const target = await emptyDatabase();
    const report = await restoreBackup({ file, databaseUrl: target, keySecret: SECRET });
    expect(report.certificates).toEqual({ checked: 2, pdfHashes: 2, signatures: 2 });
    expect(report.issuerKeys.count).toBe(2);
    expect(report.warnings).toEqual([]);
    expect(report.interruptedJobs).toBe(1);
    expect(await query(target, `SELECT status, error FROM certification_jobs`)).toEqual([{ status: 'failed', error: expect.stringMatching(/restored from a backup/) }]);
    for (const table of report.manifest.tables) {
      expect([table.name, await count(target, table.name)]).toEqual([table.name, await count(sourceUrl, table.name)]);
    }

    const app = await openApp(target, SECRET);
    try {
      await request(app.getHttpServer()).get('/status/1').expect(200);
      const credential = (await request(app.getHttpServer()).get(`/verify/${codes.valid}/credential.json`).expect(200)).body;
      expect(credential.credentialSubject).toBeDefined();
      const revoked = await request(app.getHttpServer()).get(`/verify/${codes.revoked}?lang=en`).expect(200);
      expect(revoked.text).toContain('Reason: Issued in error.');
    } finally {
      await app.close();
    }
  });

  it('refuses without the key secret or with a wrong one, and leaves the database empty', async () => {
    const target = await emptyDatabase();
    await expect(restoreBackup({ file, databaseUrl: target })).rejects.toThrow(/encrypted under the issuer key secret, which is not in the backup/);
    await expect(restoreBackup({ file, databaseUrl: target, keySecret: WRONG_SECRET })).rejects.toThrow(
      /not the one this backup's signing keys are encrypted under/,
    );

    // Taken with no secret at hand, a backup has no check value: the restored keys themselves refuse the wrong secret.
    const blind = join(dir, 'blind.tar');
    expect((await writeBackup({ databaseUrl: sourceUrl, file: blind })).secretProblem).toMatch(/no issuer key secret was found/);
    await expect(restoreBackup({ file: blind, databaseUrl: target, keySecret: WRONG_SECRET })).rejects.toThrow(
      /does not decrypt the active signing key/,
    );
    expect(await tables(target)).toEqual([]);
    expect((await restoreBackup({ file: blind, databaseUrl: target, keySecret: SECRET })).certificates.signatures).toBe(2);
  });

  it('refuses a database that is not empty, a damaged file and a backup of newer code', async () => {
    await expect(restoreBackup({ file, databaseUrl: sourceUrl, keySecret: SECRET })).rejects.toThrow(/target database is not empty/);
    await expect(restoreBackup({ file: join(dir, 'missing.tar'), databaseUrl: sourceUrl, keySecret: SECRET })).rejects.toThrow(/no such file/);

    const damaged = join(dir, 'damaged.tar');
    const bytes = readFileSync(file);
    const reader = await BackupReader.open(file);
    const entry = reader.entries.get('tables/certificates.copy.gz');
    await reader.close();
    if (!entry) throw new Error('no certificates entry');
    bytes[entry.offset + Math.floor(entry.size / 2)] ^= 0xff;
    writeFileSync(damaged, bytes);
    const target = await emptyDatabase();
    await expect(restoreBackup({ file: damaged, databaseUrl: target, keySecret: SECRET })).rejects.toThrow(/The backup is damaged: .*certificates/);
    expect(await tables(target)).toEqual([]);
    expect(() => migrationsOfBackup(['Init1795434126516', 'Future1999999999999'])).toThrow(/newer version of PEER Academy \(migration Future1999999999999/);
    await expect(writeBackup({ databaseUrl: sourceUrl, file })).rejects.toThrow(/already exists/);
  });

  it('answers 503 with a stable code when the key secret is missing or does not open the stored key', async () => {
    for (const [secret, code] of [
      [WRONG_SECRET, IssuerKeyErrorCodes.secretMismatch],
      [undefined, IssuerKeyErrorCodes.secretMissing],
    ] as const) {
      const app = await openApp(sourceUrl, secret);
      try {
        const response = await request(app.getHttpServer()).get('/status/1').expect(503);
        expect(response.body.errors).toEqual([expect.objectContaining({ field: 'ISSUER_KEY_SECRET', rule: code })]);
        expect(response.body.message).not.toContain(SECRET);
      } finally {
        await app.close();
      }
    }
  });

  it('never makes a new key secret for a data folder whose database holds keys', async () => {
    const folder = mkdtempSync(join(dir, 'data-'));
    expect(await holdsIssuerKeys(sourceUrl)).toBe(true);
    expect(await localSecret(folder, 'issuer-key-secret', () => holdsIssuerKeys(sourceUrl))).toBeUndefined();
    expect(existsSync(join(folder, 'issuer-key-secret'))).toBe(false);

    const fresh = await emptyDatabase();
    expect(await holdsIssuerKeys(fresh)).toBe(false);
    const made = await localSecret(folder, 'issuer-key-secret', () => holdsIssuerKeys(fresh));
    expect(made).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await localSecret(folder, 'issuer-key-secret', () => holdsIssuerKeys(sourceUrl))).toBe(made);
  });
});

async function openApp(url: string, secret: string | undefined): Promise<INestApplication> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    CURRICULUM_DIR: SHIPPED_CURRICULUM,
    CERTIFICATES_DIR: join(SHIPPED_CURRICULUM, '..', 'certificates'),
    MAIL_OUTBOX_DIR: join(tmpdir(), 'peer-backup-outbox'),
    ...(secret ? { ISSUER_KEY_SECRET: secret } : {}),
  });
  const app = await createHttpApp({ config, databaseUrl: url, quiet: true });
  await app.init();
  return app;
}

async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function count(url: string, table: string): Promise<number> {
  const [row] = await query<{ count: number }>(url, `SELECT count(*)::int AS count FROM "${table}"`);
  return row?.count ?? -1;
}

async function tables(url: string): Promise<string[]> {
  return (await query<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)).map((row) => row.name);
}
