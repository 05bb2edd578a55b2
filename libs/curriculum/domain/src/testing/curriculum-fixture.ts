/**
 * Test helpers: find the shipped curriculum and make editable copies of it.
 * Not part of the library's public API.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument, type Document } from 'yaml';

/** The workspace root: the nearest folder above `from` that holds nx.json. */
export function findWorkspaceRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No nx.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The shipped `curriculum/` folder. */
export function shippedCurriculum(): string {
  return join(findWorkspaceRoot(), 'curriculum');
}

/** A temporary copy of the shipped curriculum, to break on purpose. */
export class CurriculumFixture {
  readonly root: string;

  constructor() {
    this.root = join(mkdtempSync(join(tmpdir(), 'curriculum-')), 'curriculum');
    cpSync(shippedCurriculum(), this.root, { recursive: true });
  }

  path(file: string): string {
    return join(this.root, file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  /** Replaces one exact piece of text, failing when it is not there exactly once. */
  replace(file: string, from: string, to: string): void {
    const text = this.read(file);
    if (text.split(from).length !== 2) throw new Error(`"${from}" is not in ${file} exactly once`);
    this.write(file, text.replace(from, to));
  }

  /** Edits a YAML file through its document model, keeping comments and layout. */
  editYaml(file: string, edit: (doc: Document) => void): void {
    const doc = parseDocument(this.read(file));
    edit(doc);
    this.write(file, doc.toString());
  }

  copy(from: string, to: string): void {
    cpSync(this.path(from), this.path(to), { recursive: true });
  }

  remove(file: string): void {
    rmSync(this.path(file), { recursive: true });
  }

  dispose(): void {
    rmSync(dirname(this.root), { recursive: true, force: true });
  }
}
