import { certifyDemoTrainee, freshDatabase, startAppProcess, stopAllAppProcesses, TestDatabase, waitFor } from './harness';

describe('two instances on one database', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await freshDatabase()));
  afterAll(async () => {
    await stopAllAppProcesses();
    await db.drop();
  });

  it('a revocation on A shows on B’s /verify within a second, although B had the certificate cached', async () => {
    const a = await startAppProcess({ databaseUrl: db.url, env: { DEMO_DATA: 'true' } });
    const b = await startAppProcess({ databaseUrl: db.url });
    const { leader, certificate } = await certifyDemoTrainee(a.baseUrl);

    // B reads the certificate: it is valid and now in B's cache for several seconds.
    const before = await fetch(`${b.baseUrl}/verify/${certificate.code}?lang=en`);
    expect(before.status).toBe(200);
    expect(await before.text()).toContain('>Valid<');

    const revoked = await leader.post(`/api/certificates/${certificate.id}/revoke`, { reason: 'issued-in-error' });
    expect(revoked.status).toBe(201);
    const revokedAt = Date.now();

    const seenAfter = await waitFor(
      'B to show the revocation',
      async () => {
        const page = await (await fetch(`${b.baseUrl}/verify/${certificate.code}?lang=en`)).text();
        return page.includes('>Revoked<') ? Date.now() - revokedAt : undefined;
      },
      5_000,
      25,
    );
    expect(seenAfter).toBeLessThan(1_000);
    // A, where it happened, shows it too.
    expect(await (await fetch(`${a.baseUrl}/verify/${certificate.code}?lang=en`)).text()).toContain('Reason: Issued in error.');
  });
});
