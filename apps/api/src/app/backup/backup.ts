import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { decryptIssuerSecretKey } from '../certification/issuer-keys.service';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupManifest,
  BackupTable,
  MANIFEST_ENTRY,
  TAR_END,
  tarHeader,
  tarPadding,
} from './backup-file';
import { secretCheck } from './key-secret';
import { listSequences, listTables, MIGRATIONS_TABLE, qualified, QUEUE_SCHEMA, quoteIdent, tableExists } from './schema';

export interface BackupOptions {
  databaseUrl: string;
  /** Where to write; must not exist yet. */
  file: string;
  /** The secret the issuer keys are encrypted under: only a check value of it goes into the backup. */
  keySecret?: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
  /** Set when the issuer keys could not be opened with the secret at hand: the backup is written, but say so loudly. */
  secretProblem?: string;
}

/**
 * Writes a consistent snapshot of our schema while the app keeps running:
 * every table is read with COPY inside one REPEATABLE READ READ ONLY
 * transaction, so all of them show the same moment. The issuer key secret
 * is never written; see BackupManifest.issuerKeys.
 */
export async function writeBackup(options: BackupOptions): Promise<BackupResult> {
  if (existsSync(options.file)) throw new Error(`${options.file} already exists: choose a new file name`);
  if (!existsSync(dirname(options.file))) throw new Error(`the folder ${dirname(options.file)} does not exist`);
  const spool = await mkdtemp(join(dirname(options.file), `.${basename(options.file)}.`));
  const partial = join(spool, 'backup.tar');
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'peer-academy-backup' });
  client.on('error', () => undefined); // a server stopping under us fails the running query instead
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const createdAt = new Date();
    const [{ server_version: serverVersion }] = (await client.query<{ server_version: string }>('SHOW server_version')).rows as [
      { server_version: string },
    ];
    const migrations = (await tableExists(client, qualified(MIGRATIONS_TABLE)))
      ? (await client.query<{ name: string }>(`SELECT name FROM ${qualified(MIGRATIONS_TABLE)} ORDER BY id`)).rows.map((row) => row.name)
      : [];

    const tables: BackupTable[] = [];
    for (const table of await listTables(client)) {
      const entry = `tables/${table.name}.copy.gz`;
      const columns = table.columns.map(quoteIdent).join(', ');
      const source = table.partitioned ? `(SELECT ${columns} FROM ${qualified(table.name)})` : `${qualified(table.name)} (${columns})`;
      const digest = new CopyDigest();
      await pipeline(client.query(copyTo(`COPY ${source} TO STDOUT`)), digest, createGzip(), createWriteStream(join(spool, `${tables.length}.gz`)));
      tables.push({ name: table.name, entry, columns: table.columns, rows: digest.rows, sha256: digest.hex(), bytes: digest.bytes });
    }

    const sequences: BackupManifest['sequences'] = [];
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(name)}`);
      sequences.push({ name, lastValue: rows[0]?.last_value ?? '1', isCalled: rows[0]?.is_called ?? false });
    }

    const { issuerKeys, secretProblem } = await checkIssuerKeys(client, options.keySecret);
    const unfinishedJobs = await queuedJobs(client);
    await client.query('COMMIT');

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      serverVersion,
      migrations,
      tables,
      sequences,
      issuerKeys,
      queue: { schema: QUEUE_SCHEMA, included: false, unfinishedJobs },
    };
    await writeTar(partial, spool, manifest, createdAt);
    await rename(partial, options.file);
    return { file: options.file, bytes: (await stat(options.file)).size, manifest, ...(secretProblem ? { secretProblem } : {}) };
  } finally {
    await client.end().catch(() => undefined);
    await rm(spool, { recursive: true, force: true });
  }
}

/** Hashes and measures the COPY text on its way to the compressor; one line per row. */
export class CopyDigest extends Transform {
  private readonly hash = createHash('sha256');
  rows = 0;
  bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.rows += 1;
    done(null, chunk);
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

async function checkIssuerKeys(
  client: Client,
  keySecret: string | undefined,
): Promise<{ issuerKeys: BackupManifest['issuerKeys']; secretProblem?: string }> {
  if (!(await tableExists(client, qualified('issuer_keys')))) {
    return { issuerKeys: { count: 0, active: null, secretCheck: keySecret ? secretCheck(keySecret) : null } };
  }
  const { rows } = await client.query<{ id: string; secret_key_encrypted: string; retired_at: Date | null }>(
    `SELECT id, secret_key_encrypted, retired_at FROM ${qualified('issuer_keys')} ORDER BY created_at DESC`,
  );
  const active = rows.find((row) => row.retired_at === null) ?? null;
  const base = { count: rows.length, active: active?.id ?? null };
  if (!active) return { issuerKeys: { ...base, secretCheck: keySecret ? secretCheck(keySecret) : null } };
  if (!keySecret) {
    return {
      issuerKeys: { ...base, secretCheck: null },
      secretProblem: `no issuer key secret was found (ISSUER_KEY_SECRET, or issuer-key-secret in the data folder), so this backup cannot tell the right secret from a wrong one at restore`,
    };
  }
  if (decryptIssuerSecretKey(active.secret_key_encrypted, keySecret) === null) {
    return {
      issuerKeys: { ...base, secretCheck: null },
      secretProblem: `the issuer key secret at hand does not decrypt the active signing key ${active.id}: find the secret it was stored with and keep it with this backup`,
    };
  }
  return { issuerKeys: { ...base, secretCheck: secretCheck(keySecret) } };
}

/** Jobs still to do, per queue: they are not restored, so the operator learns which to start again. */
async function queuedJobs(client: Client): Promise<Record<string, number>> {
  if (!(await tableExists(client, `${quoteIdent(QUEUE_SCHEMA)}.job`))) return {};
  await client.query('SAVEPOINT queue');
  try {
    const { rows } = await client.query<{ name: string; count: number }>(
      `SELECT name, count(*)::int AS count FROM ${quoteIdent(QUEUE_SCHEMA)}.job WHERE state::text IN ('created', 'retry', 'active') GROUP BY name ORDER BY name`,
    );
    await client.query('RELEASE SAVEPOINT queue');
    return Object.fromEntries(rows.map((row) => [row.name, row.count]));
  } catch {
    // The engine's tables are not an API of ours: a layout we do not know only loses this hint.
    await client.query('ROLLBACK TO SAVEPOINT queue');
    return {};
  }
}

async function writeTar(target: string, spool: string, manifest: BackupManifest, mtime: Date): Promise<void> {
  const out = createWriteStream(target, { mode: 0o600 });
  const write = (chunk: Buffer) => new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
  try {
    for (const [index, table] of manifest.tables.entries()) {
      const file = join(spool, `${index}.gz`);
      const { size } = await stat(file);
      await write(tarHeader(table.entry, size, mtime));
      for await (const chunk of createReadStream(file)) await write(chunk as Buffer);
      await write(tarPadding(size));
    }
    const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await write(tarHeader(MANIFEST_ENTRY, json.length, mtime));
    await write(json);
    await write(tarPadding(json.length));
    await write(TAR_END);
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  const handle = await open(target, 'r+');
  try {
    await handle.sync(); // the file is renamed into place only once it is on disk
  } finally {
    await handle.close();
  }
}
