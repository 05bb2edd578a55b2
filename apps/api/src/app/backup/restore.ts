import { extractAttachment } from '@peer/certificate-pdf';
import { publicKeyDocument, VerificationErrors, verifyCredential } from '@peer/credentials';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Client, type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, MigrationExecutor, type MigrationInterface } from 'typeorm';
import { decryptIssuerSecretKey } from '../certification/issuer-keys.service';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migration-list';
import { BackupManifest, BackupReader, BackupTable } from './backup-file';
import { CopyDigest } from './backup';
import { matchesSecretCheck } from './key-secret';
import { loadOrder, qualified, quoteIdent, SCHEMA, tableExists } from './schema';

/** An expected refusal (wrong file, wrong secret, non-empty target): the CLI prints the message, nothing else. */
export class RestoreRefused extends Error {}

export interface RestoreOptions {
  file: string;
  /** An empty database. */
  databaseUrl: string;
  /** The secret the backup's issuer keys were encrypted under; it is not in the backup. */
  keySecret?: string;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: { name: string; rows: number }[];
  migrations: { fromBackup: number; newer: number };
  /** The active keys' ids (one per issuer), comma-separated. */
  issuerKeys: { count: number; active: string | null };
  certificates: { checked: number; pdfHashes: number; signatures: number };
  /** Cohort certification runs that were open at backup time, now marked failed so they can be started again. */
  interruptedJobs: number;
  /** Retired keys the secret does not open; they are never used to sign again. */
  warnings: string[];
}

const MIGRATION_NAMES = MIGRATIONS.map((Migration) => (new Migration() as MigrationInterface).name ?? Migration.name);
const MAX_LISTED_PROBLEMS = 20;

/**
 * Checks what can be checked before touching a database: the file, that this
 * code knows every migration the backup was taken at, and the key secret.
 */
export async function checkBackup(file: string, keySecret: string | undefined, options: { integrity?: boolean } = {}): Promise<BackupManifest> {
  const reader = await BackupReader.open(file);
  try {
    migrationsOfBackup(reader.manifest.migrations);
    checkKeySecret(reader.manifest, keySecret);
    // Read every table once against its checksum, so a damaged file is refused before anything is written.
    if (options.integrity) for (const table of reader.manifest.tables) await readTable(reader, table, new Writable({ write: (_chunk, _encoding, done) => done() }));
    return reader.manifest;
  } finally {
    await reader.close();
  }
}

/** Streams a table's COPY text into `sink`, checking it against the manifest. */
async function readTable(reader: BackupReader, table: BackupTable, sink: Writable): Promise<void> {
  const digest = new CopyDigest();
  try {
    await pipeline(reader.stream(table.entry), createGunzip(), digest, sink);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new RestoreRefused(`The backup is damaged: ${table.entry} does not decompress.`);
    throw error;
  }
  if (digest.hex() !== table.sha256 || digest.bytes !== table.bytes || digest.rows !== table.rows) {
    throw new RestoreRefused(`The backup is damaged: the data of ${table.name} does not match its checksum in the manifest.`);
  }
}

/** The backup's migrations must be where this code's history starts; a newer backup needs newer code. */
export function migrationsOfBackup(backup: string[], known: string[] = MIGRATION_NAMES): string[] {
  const unknown = backup.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `The backup was taken by a newer version of PEER Academy (migration ${unknown.join(', ')} is unknown here): restore it with that version or a later one.`,
    );
  }
  backup.forEach((name, index) => {
    if (known[index] !== name) throw new RestoreRefused(`The backup's migrations (${backup.join(', ')}) do not match this version's history.`);
  });
  return backup;
}

function checkKeySecret(manifest: BackupManifest, keySecret: string | undefined): void {
  const { count, secretCheck } = manifest.issuerKeys;
  if (count === 0) return;
  if (!keySecret) {
    throw new RestoreRefused(
      `The backup holds ${count} issuer signing key(s), encrypted under the issuer key secret, which is not in the backup. ` +
        'Give the secret the source used: ISSUER_KEY_SECRET, or (embedded) its issuer-key-secret file in the new PEER_DATA_DIR. ' +
        'Without it the restored keys could not sign.',
    );
  }
  if (secretCheck && !matchesSecretCheck(keySecret, secretCheck)) {
    throw new RestoreRefused(
      'The issuer key secret given is not the one this backup\'s signing keys are encrypted under (it does not match the backup\'s check value). ' +
        'Give the secret the source used: ISSUER_KEY_SECRET, or (embedded) its issuer-key-secret file.',
    );
  }
}

/**
 * Restores a backup into an empty database, all in one transaction: the
 * migrations the backup was taken at, the data, the sequences, then this
 * code's newer migrations; then every certificate is checked (stored PDF
 * against its SHA-256, credential signature against the restored keys). Any
 * failure rolls everything back, leaving the database empty.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? (() => undefined);
  await checkBackup(options.file, options.keySecret, { integrity: true });
  await assertEmpty(options.databaseUrl);

  const reader = await BackupReader.open(options.file);
  const { manifest } = reader;
  const dataSource = new DataSource({ ...dataSourceOptions(options.databaseUrl), logging: false });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    await runner.startTransaction();

    // The data fits the schema of the backup's migrations: run exactly those first.
    const backupSet = new Set(manifest.migrations);
    const atBackup = Object.create(dataSource, {
      migrations: { value: dataSource.migrations.filter((migration) => backupSet.has(migration.name ?? migration.constructor.name)) },
    }) as DataSource;
    const older = new MigrationExecutor(atBackup, runner);
    older.transaction = 'all'; // inside our transaction: it starts none of its own
    await older.executePendingMigrations();
    log(`schema: ${manifest.migrations.length} migration(s) of the backup applied`);

    const tables = await loadTables(client, reader, manifest, log);
    await setSequences(client, manifest);

    const newer = new MigrationExecutor(dataSource, runner);
    newer.transaction = 'all';
    const applied = await newer.executePendingMigrations();
    if (applied.length > 0) log(`schema: ${applied.length} newer migration(s) applied`);

    const interruptedJobs = await closeInterruptedJobs(client);
    const warnings: string[] = [];
    const problems: string[] = [];
    const keys = await checkRestoredKeys(client, options.keySecret, problems, warnings);
    const certificates = await checkCertificates(client, keys, problems, log);
    if (problems.length > 0) {
      const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p}`);
      if (problems.length > MAX_LISTED_PROBLEMS) listed.push(`  … and ${problems.length - MAX_LISTED_PROBLEMS} more`);
      throw new RestoreRefused(`The restored data does not check out; nothing was restored:\n${listed.join('\n')}`);
    }
    await runner.commitTransaction();
    return {
      manifest,
      tables,
      migrations: { fromBackup: manifest.migrations.length, newer: applied.length },
      issuerKeys: { count: keys.size, active: keys.active.join(', ') || null },
      certificates,
      interruptedJobs,
      warnings,
    };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
    await dataSource.destroy();
    await reader.close();
  }
}

/** Refuses any database that already holds tables, views or sequences of its own (extensions' objects aside). */
async function assertEmpty(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new RestoreRefused(`Cannot connect to the target database: ${(error as Error).message}`);
  }
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY 1 LIMIT 6`,
    );
    if (rows.length > 0) {
      const names = rows.slice(0, 5).map((row) => row.name).join(', ');
      throw new RestoreRefused(`The target database is not empty (it holds ${names}${rows.length > 5 ? ', …' : ''}): restore only into an empty database.`);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function loadTables(
  client: PoolClient,
  reader: BackupReader,
  manifest: BackupManifest,
  log: (line: string) => void,
): Promise<{ name: string; rows: number }[]> {
  const byName = new Map(manifest.tables.map((table) => [table.name, table]));
  for (const table of manifest.tables) {
    if (!(await tableExists(client, qualified(table.name)))) {
      throw new RestoreRefused(`The backup has a table ${table.name} that its own migrations do not create: the file does not fit this version.`);
    }
  }
  // Rows a migration wrote (seed data) were in the source too, so they are in the backup: the backup's copy wins.
  if (byName.size > 0) await client.query(`TRUNCATE ${[...byName.keys()].map(qualified).join(', ')}`);
  const loaded: { name: string; rows: number }[] = [];
  for (const name of await loadOrder(client, [...byName.keys()])) {
    const table = byName.get(name);
    if (!table) continue;
    const copy = client.query(copyFrom(`COPY ${qualified(name)} (${table.columns.map(quoteIdent).join(', ')}) FROM STDIN`));
    await readTable(reader, table, copy);
    if (copy.rowCount !== table.rows) throw new RestoreRefused(`The backup is damaged: ${name} loaded ${copy.rowCount} rows, the manifest says ${table.rows}.`);
    loaded.push({ name, rows: table.rows });
    log(`data: ${name} ${table.rows} row(s)`);
  }
  return loaded;
}

async function setSequences(client: PoolClient, manifest: BackupManifest): Promise<void> {
  for (const sequence of manifest.sequences) {
    const name = `${quoteIdent(SCHEMA)}.${quoteIdent(sequence.name)}`;
    if (!(await tableExists(client, name))) continue; // a sequence of a later-dropped column
    await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [name, sequence.lastValue, sequence.isCalled]);
  }
}

/**
 * The queue engine's tables are not restored (they are the engine's own, and
 * versioned by it), so work still queued at backup time has no job any more.
 * A cohort certification left open would wait forever and block a new run for
 * its cohort: it is marked failed with the reason, and a leader starts it
 * again (certifying is idempotent per trainee).
 */
async function closeInterruptedJobs(client: PoolClient): Promise<number> {
  const { rowCount: hasErrorColumn } = await client.query(
    `SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'certification_jobs' AND column_name = 'error'`,
    [SCHEMA],
  );
  if (!hasErrorColumn) return 0;
  const { rowCount } = await client.query(
    `UPDATE certification_jobs SET status = 'failed', finished_at = now(), error = $1 WHERE status IN ('queued', 'running')`,
    ['Interrupted: the data was restored from a backup taken while this run was open. Start it again.'],
  );
  return rowCount ?? 0;
}

interface RestoredKeys {
  size: number;
  active: string[];
  publicKeys: Map<string, string>;
}

async function checkRestoredKeys(client: PoolClient, keySecret: string | undefined, problems: string[], warnings: string[]): Promise<RestoredKeys> {
  const { rows } = await client.query<{ id: string; public_key_multibase: string; secret_key_encrypted: string; retired_at: Date | null }>(
    `SELECT id, public_key_multibase, secret_key_encrypted, retired_at FROM issuer_keys ORDER BY created_at DESC`,
  );
  // One active key per issuer: the installation's and each organisation's.
  const active = rows.filter((row) => row.retired_at === null);
  for (const row of rows) {
    const opens = keySecret !== undefined && decryptIssuerSecretKey(row.secret_key_encrypted, keySecret) !== null;
    if (opens) continue;
    if (active.includes(row)) problems.push(`the issuer key secret does not decrypt the active signing key ${row.id}: give the secret the source used`);
    else warnings.push(`the issuer key secret does not decrypt the retired key ${row.id} (it only verifies old certificates, which needs no secret)`);
  }
  return { size: rows.length, active: active.map((row) => row.id), publicKeys: new Map(rows.map((row) => [row.id, row.public_key_multibase])) };
}

/** Checks every certificate as stored: PDF bytes against their SHA-256, the credential's signature against the restored keys. */
async function checkCertificates(
  client: PoolClient,
  keys: RestoredKeys,
  problems: string[],
  log: (line: string) => void,
): Promise<RestoreReport['certificates']> {
  // Signed under the public URL of the time of issue, so the key is found by its id and the issuer
  // (`…/issuer` or `…/issuers/<slug>`) from the key's URL.
  const resolveKey = async (verificationMethod: string) => {
    const match = /^(.*\/(?:issuer|issuers\/[a-z0-9-]+))\/keys\/([a-z0-9-]{1,64})$/.exec(verificationMethod);
    const publicKeyMultibase = match ? keys.publicKeys.get(match[2] as string) : undefined;
    if (!match || !publicKeyMultibase) return null;
    return publicKeyDocument({ id: verificationMethod, controller: match[1] as string, publicKeyMultibase });
  };
  const expected = new Set<string>([VerificationErrors.expired]);
  const result = { checked: 0, pdfHashes: 0, signatures: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await client.query<{ id: string; code: string; status: string; pdf: Buffer; pdf_sha256: string; credential: Record<string, unknown> }>(
      'SELECT id, code, status, pdf, pdf_sha256, credential FROM certificates WHERE id > $1 ORDER BY id LIMIT 50',
      [after],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      result.checked += 1;
      if (createHash('sha256').update(row.pdf).digest('hex') === row.pdf_sha256) result.pdfHashes += 1;
      else problems.push(`certificate ${row.code}: the stored PDF does not match its SHA-256`);

      const verdict = await verifyCredential(row.credential, {
        resolveKey,
        // The signature is what is checked here; the stored status says whether "revoked" is expected.
        isRevoked: async () => row.status === 'revoked',
      });
      const allowed = row.status === 'revoked' ? new Set<string>([...expected, VerificationErrors.revoked]) : expected;
      const errors = verdict.errors.filter((error) => !allowed.has(error));
      if (errors.length === 0) result.signatures += 1;
      else problems.push(`certificate ${row.code}: the credential does not verify (${errors.join(', ')})`);

      if (!sameJson(extractAttachment(row.pdf), row.credential)) {
        problems.push(`certificate ${row.code}: the credential inside the PDF is not the stored one`);
      }
    }
    after = rows[rows.length - 1]?.id ?? after;
    log(`certificates: ${result.checked} checked`);
  }
  return result;
}

function sameJson(text: string | null, value: unknown): boolean {
  if (text === null) return false;
  try {
    return canonical(JSON.parse(text)) === canonical(value);
  } catch {
    return false;
  }
}

/** JSON with sorted keys: jsonb does not keep the key order of the signed document. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
