import { Client } from 'pg';
import { certifyDemoTrainee, DatabaseProxy, freshDatabase, startAppProcess, startDatabaseProxy, stopAllAppProcesses, TestDatabase, waitFor } from './harness';

const UNKNOWN_CODE = 'a'.repeat(32);

async function status(url: string): Promise<number> {
  return (await fetch(url)).status;
}

describe('while the database is away', () => {
  let db: TestDatabase;
  let proxy: DatabaseProxy;
  beforeAll(async () => {
    db = await freshDatabase();
    proxy = await startDatabaseProxy(db.url);
  });
  afterAll(async () => {
    await stopAllAppProcesses();
    await proxy.close();
    await db.drop();
  });

  it('stays live, is not ready, answers /verify with 503, and recovers when the database is back', async () => {
    const app = await startAppProcess({ databaseUrl: proxy.url });
    expect(await status(`${app.baseUrl}/api/health/live`)).toBe(200);
    expect(await status(`${app.baseUrl}/api/health/ready`)).toBe(200);
    expect(await status(`${app.baseUrl}/verify/${UNKNOWN_CODE}`)).toBe(404);

    await proxy.down();
    await waitFor('readiness to fail', async () => ((await status(`${app.baseUrl}/api/health/ready`)) === 503 ? true : undefined));
    expect(await status(`${app.baseUrl}/api/health/live`)).toBe(200);
    const page = await fetch(`${app.baseUrl}/verify/${UNKNOWN_CODE}`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(await page.text()).toContain('Försök igen om en liten stund.');
    const json = await fetch(`${app.baseUrl}/verify/${UNKNOWN_CODE}/credential.json`);
    expect(json.status).toBe(503);
    expect(await json.json()).toMatchObject({ statusCode: 503, code: 'verify.unavailable' });

    await proxy.up();
    await waitFor('readiness to come back', async () => ((await status(`${app.baseUrl}/api/health/ready`)) === 200 ? true : undefined));
    expect(await status(`${app.baseUrl}/verify/${UNKNOWN_CODE}`)).toBe(404);
    expect(app.child.exitCode).toBeNull();
  });

  it('hears certificate changes again once its listening connection is back', async () => {
    const app = await startAppProcess({ databaseUrl: proxy.url, env: { DEMO_DATA: 'true' } });
    const { certificate } = await certifyDemoTrainee(app.baseUrl);
    await proxy.down();
    await proxy.up();
    await waitFor('readiness to come back', async () => ((await status(`${app.baseUrl}/api/health/ready`)) === 200 ? true : undefined));
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    try {
      await waitFor('the app to LISTEN again', async () => {
        const { rows } = await admin.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'peer-academy-events' AND datname = current_database()`);
        return rows.length > 0 ? true : undefined;
      });
      // Cached again after the outage…
      expect(await (await fetch(`${app.baseUrl}/verify/${certificate.code}?lang=en`)).text()).toContain('>Valid<');
      // …then revoked elsewhere, announced as the service announces it.
      await admin.query(`UPDATE certificates SET status = 'revoked', revoked_at = now(), revocation_code = 'issued-in-error' WHERE code = $1`, [certificate.code]);
      await admin.query(`SELECT pg_notify('certificate_changed', $1)`, [certificate.code]);
      const revokedAt = Date.now();
      const seenAfter = await waitFor('the revocation to show', async () => {
        const page = await (await fetch(`${app.baseUrl}/verify/${certificate.code}?lang=en`)).text();
        return page.includes('>Revoked<') ? Date.now() - revokedAt : undefined;
      }, 5_000, 25);
      expect(seenAfter).toBeLessThan(1_000);
    } finally {
      await admin.end();
    }
  });
});
