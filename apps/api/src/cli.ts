import 'reflect-metadata';
import { checkCurriculum, formatProblems } from '@peer/curriculum';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extractAttachment } from '@peer/certificate-pdf';
import { isIndexSet, verifyCredential } from '@peer/credentials';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './app/config/config';
import { writeBackup } from './app/backup/backup';
import { assertEmptyDataDir, clearDataDir, connectToDataDir, startEmptyDataDir } from './app/backup/data-dir';
import { KEY_SECRET_FILE, readLocalSecret } from './app/backup/key-secret';
import { checkBackup, RestoreReport, restoreBackup } from './app/backup/restore';
import { CurriculumService } from './app/curriculum/curriculum.service';
import type { Publisher } from './app/curriculum/curriculum.repository';
import { FieldConflictError } from './app/common/error.filter';
import { openDatabaseServer } from './app/database/database-server';
import { whileStarting } from './app/database/migrate';
import { createHttpApp } from './app/http-app';
import { PasswordHasher } from './app/accounts/password-hasher';
import { UserRepository } from './app/accounts/user.repository';
import { AuditService } from './app/audit/audit.service';
import { createNationalAdministrator } from './app/organisations/organisations.service';

const USAGE = `Usage: node dist/apps/api/cli.js <command>
  curriculum:check     validate every file of CURRICULUM_DIR (default ./curriculum)
  curriculum:publish   publish it as new versions: the national courses, then each organisation's own
                       modules (DATABASE_URL, or the embedded server of PEER_DATA_DIR)
  certificate:verify <file.pdf>
                       verify the credential inside a certificate PDF against the issuer's published key
  backup <file>        write a consistent snapshot of the database into <file> (works while the app runs)
  restore <file>       restore a backup into an empty database (DATABASE_URL) or a new PEER_DATA_DIR, then verify it
  national-admin <email> <name>
                       create the national administrator's account; prints a temporary password once`;

async function main(command: string | undefined): Promise<number> {
  if (command === 'certificate:verify') return verifyCommand(process.argv[3]);
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
  switch (command) {
    case 'curriculum:check':
      return checkCommand(resolve(config.curriculumDir));
    case 'curriculum:publish':
      return publishCommand(config);
    case 'backup':
      return backupCommand(config, process.argv[3]);
    case 'restore':
      return restoreCommand(config, process.argv[3]);
    case 'national-admin':
      return nationalAdminCommand(config, process.argv[3], process.argv.slice(4).join(' '));
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

function checkCommand(dir: string): number {
  const problems = checkCurriculum(dir);
  if (problems.length > 0) {
    process.stderr.write(`${formatProblems(problems)}\n${problems.length} problem(s) in ${dir}\n`);
    return 1;
  }
  process.stdout.write(`${dir}: no problems\n`);
  return 0;
}

async function publishCommand(config: ReturnType<typeof loadConfig>): Promise<number> {
  const database = await openDatabaseServer(config);
  // A command-line tool queues no jobs of its own and must never take the app's.
  const app = await createHttpApp({ config, databaseUrl: database.url, quiet: true, jobWorkers: false });
  try {
    await app.init();
    await whileStarting(app.get(DataSource), () => app.get(DataSource).runMigrations({ transaction: 'all' }));
    const curriculum = app.get(CurriculumService);
    let status = 0;
    // The national courses first: organisations' modules build on them.
    for (const publisher of [null, ...(await curriculum.publishersWithContent())]) {
      try {
        await publishOne(curriculum, publisher);
      } catch (error) {
        // One organisation's broken folder holds up only its own modules.
        if (publisher === null || !(error instanceof FieldConflictError)) throw error;
        process.stderr.write(`${publisher.slug}: not published\n${error.fieldErrors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}\n`);
        status = 1;
      }
    }
    return status;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

async function publishOne(curriculum: CurriculumService, publisher: Publisher | null): Promise<void> {
  const { courses } = await curriculum.publish(curriculum.readSource(publisher), publisher, null);
  for (const course of courses) process.stdout.write(`${course.courseId.padEnd(32)} version ${course.version}  ${course.status}\n`);
}

async function nationalAdminCommand(config: ReturnType<typeof loadConfig>, email: string | undefined, name: string): Promise<number> {
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email) || !name.trim()) {
    process.stderr.write('Usage: npm run national-admin -- <email> <name>\n');
    return 2;
  }
  const database = await openDatabaseServer(config);
  const app = await createHttpApp({ config, databaseUrl: database.url, quiet: true, jobWorkers: false });
  try {
    await app.init();
    await whileStarting(app.get(DataSource), () => app.get(DataSource).runMigrations({ transaction: 'all' }));
    const created = await createNationalAdministrator({ users: app.get(UserRepository), hasher: app.get(PasswordHasher), audit: app.get(AuditService) }, { email, name });
    if (!created) {
      process.stderr.write(`${email} already has an account\n`);
      return 1;
    }
    process.stdout.write(`National administrator ${created.user.email} created.\nTemporary password (shown once, to be changed at first sign-in): ${created.temporaryPassword}\n`);
    return 0;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

/** Checks proof, dates and revocation of the credential embedded in a PDF; fetches only the issuer's published documents. */
async function verifyCommand(file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('Usage: npm run certificate:verify -- <file.pdf>\n');
    return 2;
  }
  // npm runs scripts from the project folder; the path is relative to where the user typed it.
  const json = extractAttachment(await readFile(resolve(process.env['INIT_CWD'] ?? '.', file)));
  if (!json) {
    process.stdout.write(`INVALID: ${file} holds no embedded credential\n`);
    return 1;
  }
  const credential = JSON.parse(json) as Record<string, unknown>;
  const fetchJson = async (url: string): Promise<Record<string, unknown> | null> => {
    if (!/^https?:\/\//.test(url)) return null;
    const response = await fetch(url, { headers: { accept: 'application/ld+json, application/json' } });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
  };
  const result = await verifyCredential(credential, {
    resolveKey: fetchJson,
    isRevoked: async (entry) => {
      const list = await fetchJson(entry.statusListCredential);
      if (!list) throw new Error(`status list ${entry.statusListCredential} could not be fetched`);
      const listCheck = await verifyCredential(list, { resolveKey: fetchJson });
      if (!listCheck.verified) throw new Error(`status list does not verify: ${listCheck.errors.join(', ')}`);
      // Only the credential's own issuer may say whether it is revoked.
      if (list['issuer'] !== (credential['issuer'] as { id?: string } | undefined)?.id) throw new Error(`status list ${entry.statusListCredential} has another issuer`);
      const subject = list['credentialSubject'] as { encodedList: string };
      return isIndexSet(subject.encodedList, entry.statusListIndex);
    },
  });
  const subject = credential['credentialSubject'] as { achievement?: { name?: string } } | undefined;
  const issuer = credential['issuer'] as { name?: string } | undefined;
  process.stdout.write(
    [
      `${result.verified ? 'VALID' : 'INVALID'}: ${file}`,
      `  credential  ${String(credential['id'])}`,
      `  achievement ${subject?.achievement?.name ?? '?'}`,
      `  issuer      ${issuer?.name ?? '?'}`,
      `  issued      ${String(credential['validFrom'])}`,
      ...(result.keyId ? [`  signed with ${result.keyId}`] : []),
      ...result.errors.map((error) => `  problem     ${error}`),
    ].join('\n') + '\n',
  );
  return result.verified ? 0 : 1;
}

type Config = ReturnType<typeof loadConfig>;

// npm runs scripts from the project folder; a path is relative to where the user typed it.
const userPath = (file: string) => resolve(process.env['INIT_CWD'] ?? '.', file);

async function backupCommand(config: Config, file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('Usage: npm run backup -- <file>\n');
    return 2;
  }
  const source = config.databaseUrl ? { url: config.databaseUrl, shared: false, close: async () => undefined } : await connectToDataDir(config.dataDir);
  const secretPlace = config.issuer.keySecret || config.databaseUrl ? 'ISSUER_KEY_SECRET' : join(resolve(config.dataDir), KEY_SECRET_FILE);
  const keySecret = config.issuer.keySecret ?? (config.databaseUrl ? undefined : await readLocalSecret(config.dataDir));
  let result: Awaited<ReturnType<typeof writeBackup>>;
  try {
    result = await writeBackup({ databaseUrl: source.url, file: userPath(file), keySecret });
  } finally {
    await source.close();
  }
  const { manifest } = result;
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const certificates = manifest.tables.find((table) => table.name === 'certificates')?.rows ?? 0;
  const jobs = Object.entries(manifest.queue.unfinishedJobs);
  process.stdout.write(
    [
      `Backup written to ${result.file} (${megabytes(result.bytes)})`,
      `  source        ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${join(resolve(config.dataDir), 'pg')}${source.shared ? ' (the running server)' : ''}`}`,
      `  snapshot      ${manifest.createdAt}, all tables read in one transaction`,
      `  schema        ${manifest.migrations.length} migration(s), the last ${manifest.migrations.at(-1) ?? '-'}`,
      `  data          ${manifest.tables.length} tables, ${rows} rows, ${certificates} certificate(s)`,
      `  issuer keys   ${manifest.issuerKeys.count}${manifest.issuerKeys.active ? ` (active ${manifest.issuerKeys.active})` : ''}, encrypted; the key secret is NOT in the backup`,
      `  job queue     not included (schema ${manifest.queue.schema})${jobs.length ? `; still queued: ${jobs.map(([name, count]) => `${name} ${count}`).join(', ')}` : '; nothing was queued'}`,
      '',
      `Keep the issuer key secret (${secretPlace}) safe and apart from this file: a restore needs it and refuses without it.`,
      '',
    ].join('\n'),
  );
  if (result.secretProblem) {
    process.stderr.write(`WARNING: ${result.secretProblem}.\n`);
    return 1;
  }
  return 0;
}

async function restoreCommand(config: Config, file: string | undefined): Promise<number> {
  if (!file) {
    process.stderr.write('Usage: npm run restore -- <file>\n');
    return 2;
  }
  const path = userPath(file);
  const log = (line: string) => process.stdout.write(`  ${line}\n`);
  let report: RestoreReport;
  let target: string;
  if (config.databaseUrl) {
    target = 'DATABASE_URL';
    report = await restoreBackup({ file: path, databaseUrl: config.databaseUrl, keySecret: config.issuer.keySecret, log });
  } else {
    const dataDir = resolve(config.dataDir);
    target = `embedded PostgreSQL in ${join(dataDir, 'pg')}`;
    const { existed } = await assertEmptyDataDir(dataDir);
    const keySecret = config.issuer.keySecret ?? (await readLocalSecret(dataDir));
    await checkBackup(path, keySecret, { integrity: true }); // refuse before anything is created
    const server = await startEmptyDataDir(dataDir);
    try {
      report = await restoreBackup({ file: path, databaseUrl: server.url, keySecret, log });
    } catch (error) {
      await server.close();
      await clearDataDir(dataDir, existed);
      throw error;
    }
    await server.close();
    // The app reads the secret from here; a fresh one would not open the restored keys.
    if (keySecret && !existsSync(join(dataDir, KEY_SECRET_FILE))) await writeFile(join(dataDir, KEY_SECRET_FILE), keySecret, { mode: 0o600 });
  }
  const { manifest, certificates } = report;
  const jobs = Object.entries(manifest.queue.unfinishedJobs);
  process.stdout.write(
    [
      `Restored ${path} (taken ${manifest.createdAt}) into ${target}`,
      `  data          ${report.tables.length} tables, ${report.tables.reduce((sum, table) => sum + table.rows, 0)} rows, each matching its checksum`,
      `  schema        ${report.migrations.fromBackup} migration(s) of the backup, ${report.migrations.newer} newer applied`,
      `  issuer keys   ${report.issuerKeys.count}${report.issuerKeys.active ? ` (active ${report.issuerKeys.active} opens with the given secret)` : ''}`,
      `  certificates  ${certificates.checked} checked: ${certificates.pdfHashes} PDFs match their SHA-256, ${certificates.signatures} signatures verify`,
      ...(jobs.length ? [`  job queue     not in the backup; queued then: ${jobs.map(([name, count]) => `${name} ${count}`).join(', ')}`] : []),
      ...(report.interruptedJobs ? [`  cohort runs   ${report.interruptedJobs} open run(s) marked failed: start them again`] : []),
      ...report.warnings.map((warning) => `  warning       ${warning}`),
      '',
    ].join('\n'),
  );
  return 0;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

main(process.argv[2])
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const problems = (error as { fieldErrors?: { field: string; message: string }[] }).fieldErrors;
    const message =
      error instanceof ConfigError ? error.message
      : problems ? problems.map((p) => `${p.field}: ${p.message}`).join('\n')
      : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  });
