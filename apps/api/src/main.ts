import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './app/config/config';
import { DEMO_ADMIN, DEMO_FINISHED_COHORT, DEMO_LEADERS, DEMO_MOVED, DEMO_NATIONAL_ADMIN, DEMO_PASSWORD, DEMO_RENEWAL, DEMO_SKANE_ADMIN, DEMO_TRAINEES } from './app/demo/demo-data';
import { localSecret, openDatabaseServer } from './app/database/database-server';
import { whileStarting } from './app/database/migrate';
import { holdsIssuerKeys } from './app/certification/issuer-keys.service';
import { CurriculumService } from './app/curriculum/curriculum.service';
import { DemoDataService } from './app/demo/demo-data.service';
import { createHttpApp } from './app/http-app';
import { manageProcessLifecycle } from './app/health/process-lifecycle';

async function main(): Promise<void> {
  const config = loadConfig();
  const { url: databaseUrl, embedded } = await openDatabaseServer(config);
  if (embedded && !config.issuer.keySecret) config.issuer.keySecret = await localSecret(config.dataDir, 'issuer-key-secret', () => holdsIssuerKeys(databaseUrl));

  const app = await createHttpApp({ config, databaseUrl, webRoot: join(__dirname, '..', 'web', 'browser') });
  const lifecycle = manageProcessLifecycle(app, embedded);
  const demo = config.demoData ?? embedded !== undefined;
  // Instances starting together on one database take turns: the first migrates (and loads demo data), the rest find it done.
  await whileStarting(app.get(DataSource), async () => {
    await app.get(DataSource).runMigrations({ transaction: 'all' });
    if (demo) {
      const curriculum = app.get(CurriculumService);
      await curriculum.publishIfEmpty();
      await app.get(DemoDataService).loadIfEmpty();
      // The demo organisations' own modules, once they exist; a broken folder is left for its administrator.
      for (const publisher of await curriculum.publishersWithContent()) {
        await curriculum.publishIfEmpty(publisher).catch((error: unknown) => process.stderr.write(`Modules of ${publisher.slug} not published: ${String(error)}\n`));
      }
    }
  });
  await app.listen(config.port, '0.0.0.0');
  lifecycle.listening();
  if (demo) await app.get(DemoDataService).afterStart();

  const lines = [
    '',
    `PEER Academy is running at ${config.publicUrl}`,
    `API documentation: ${config.publicUrl}/api/docs`,
    embedded ? `Database: embedded PostgreSQL in ${join(config.dataDir, 'pg')}` : 'Database: DATABASE_URL',
  ];
  if (demo) {
    lines.push(
      `Demo logins (password "${DEMO_PASSWORD}"):`,
      `  national administrator  ${DEMO_NATIONAL_ADMIN.email} (creates organisations)`,
      `  NSPH Göteborg:`,
      `    administrator  ${DEMO_ADMIN.email}`,
      ...DEMO_LEADERS.map((p) => `    course leader  ${p.email}`),
      `    trainee        ${DEMO_TRAINEES[0]?.email} (and ${DEMO_TRAINEES.length - 1} more, halfway through the base course)`,
      `    trainee        ${DEMO_FINISHED_COHORT.trainees[0]?.email} (finished the base course, ready to certify)`,
      `  NSPH Skåne:`,
      `    administrator  ${DEMO_SKANE_ADMIN.email}`,
      `    course leader  ${DEMO_RENEWAL.leader.email}`,
      `    trainee        ${DEMO_MOVED.trainee.email} (moved from Göteborg, certified there)`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
