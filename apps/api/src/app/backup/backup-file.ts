import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';

/**
 * A backup is one POSIX tar file, so an operator can look inside with plain
 * `tar`: `tables/<table>.copy.gz` (each table's COPY text output, gzipped)
 * and `manifest.json`, written last because it holds the tables' checksums.
 */
export const BACKUP_FORMAT = 'peer-academy-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  /** PostgreSQL's `server_version` of the source. */
  serverVersion: string;
  /** Names of the applied migrations, oldest first: the schema the data fits. */
  migrations: string[];
  tables: BackupTable[];
  /** Every sequence of the schema, as read in the snapshot. */
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  issuerKeys: {
    count: number;
    /** The newest active key (each issuer has one; one secret encrypts them all). */
    active: string | null;
    /**
     * HMAC-SHA256 of a fixed text under the issuer key secret that decrypted
     * the active key when the backup was taken. Tells a right secret from a
     * wrong one before anything is restored; reveals nothing of the secret.
     * Null when no secret at hand could decrypt the key.
     */
    secretCheck: string | null;
  };
  /** The job queue's own tables are not backed up; what was still queued is listed so it can be started again. */
  queue: { schema: string; included: false; unfinishedJobs: Record<string, number> };
}

export interface BackupTable {
  name: string;
  entry: string;
  /** Column order of the COPY data. */
  columns: string[];
  rows: number;
  /** SHA-256 (hex) and size of the uncompressed COPY text. */
  sha256: string;
  bytes: number;
}

export class BackupFormatError extends Error {}

const BLOCK = 512;
const MAX_ENTRY_SIZE = 8 ** 11 - 1; // what 11 octal digits of a ustar header hold (8 GiB)

/** A ustar header for a regular file. */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`backup entry name too long: ${name}`);
  if (size > MAX_ENTRY_SIZE) throw new Error(`backup entry ${name} is larger than 8 GiB`);
  const header = Buffer.alloc(BLOCK);
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0') + '\0';
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o600, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(size, 12), 124);
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136);
  header.write(' '.repeat(8), 148); // counted as spaces while summing
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return header;
}

export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** Two zero blocks end a tar archive. */
export const TAR_END = Buffer.alloc(BLOCK * 2);

export interface TarEntry {
  name: string;
  offset: number;
  size: number;
}

/** Opens a backup file: lists its entries and reads its manifest. */
export class BackupReader {
  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    readonly entries: Map<string, TarEntry>,
    readonly manifest: BackupManifest,
  ) {}

  static async open(file: string): Promise<BackupReader> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      throw new BackupFormatError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
    try {
      const entries = await readEntries(handle, file);
      const manifestEntry = entries.get(MANIFEST_ENTRY);
      if (!manifestEntry) throw new BackupFormatError(`${file} is not a PEER Academy backup: it has no ${MANIFEST_ENTRY}`);
      const buffer = Buffer.alloc(manifestEntry.size);
      await handle.read(buffer, 0, buffer.length, manifestEntry.offset);
      const manifest = parseManifest(buffer, file);
      for (const table of manifest.tables) {
        if (!entries.has(table.entry)) throw new BackupFormatError(`${file} is incomplete: ${table.entry} is missing`);
      }
      return new BackupReader(file, handle, entries, manifest);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  stream(entry: string): Readable {
    const found = this.entries.get(entry);
    if (!found) throw new BackupFormatError(`${this.file} has no ${entry}`);
    if (found.size === 0) return Readable.from([]);
    return createReadStream(this.file, { start: found.offset, end: found.offset + found.size - 1 });
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

async function readEntries(handle: FileHandle, file: string): Promise<Map<string, TarEntry>> {
  const entries = new Map<string, TarEntry>();
  const { size: fileSize } = await handle.stat();
  const header = Buffer.alloc(BLOCK);
  let offset = 0;
  while (offset + BLOCK <= fileSize) {
    await handle.read(header, 0, BLOCK, offset);
    if (header.every((byte) => byte === 0)) return entries;
    if (header.toString('latin1', 257, 262) !== 'ustar' || !checksumMatches(header)) {
      throw new BackupFormatError(`${file} is not a PEER Academy backup (not a tar file, or damaged at byte ${offset})`);
    }
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = Number.parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    if (offset + BLOCK + size > fileSize) throw new BackupFormatError(`${file} is truncated: ${name} ends past the end of the file`);
    entries.set(name, { name, offset: offset + BLOCK, size });
    offset += BLOCK + size + tarPadding(size).length;
  }
  throw new BackupFormatError(`${file} is truncated: the end of the archive is missing`);
}

function checksumMatches(header: Buffer): boolean {
  const stored = Number.parseInt(header.toString('latin1', 148, 156).replace(/\0.*$/s, '').trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 32 : (header[i] ?? 0);
  return stored === sum;
}

function parseManifest(buffer: Buffer, file: string): BackupManifest {
  let manifest: Partial<BackupManifest>;
  try {
    manifest = JSON.parse(buffer.toString('utf8')) as Partial<BackupManifest>;
  } catch {
    throw new BackupFormatError(`${file}: ${MANIFEST_ENTRY} is not valid JSON`);
  }
  if (manifest.format !== BACKUP_FORMAT) throw new BackupFormatError(`${file} is not a PEER Academy backup`);
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError(`${file} has backup format ${manifest.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION} only`);
  }
  if (!Array.isArray(manifest.migrations) || !Array.isArray(manifest.tables) || !Array.isArray(manifest.sequences) || !manifest.issuerKeys) {
    throw new BackupFormatError(`${file}: ${MANIFEST_ENTRY} is incomplete`);
  }
  return manifest as BackupManifest;
}
