import { canonicalJson, parseCourseVersion } from './canonical';
import type { CourseChange, CourseChangeKind, CourseVersionContent } from './model';

export type { CourseChange, CourseChangeKind };
import { isPlainObject } from './normalise';


/**
 * What changed from version `a` to version `b` of a course. Both may be
 * given as content or as canonical JSON (as stored with a published version).
 * Identical content gives an empty list.
 */
export function diffCourseVersions(a: CourseVersionContent | string, b: CourseVersionContent | string): CourseChange[] {
  const changes: CourseChange[] = [];
  diffValue(plain(a), plain(b), '', changes);
  return changes;
}

function plain(version: CourseVersionContent | string): unknown {
  const content = typeof version === 'string' ? parseCourseVersion(version) : version;
  return JSON.parse(canonicalJson(content)) as unknown;
}

function diffValue(a: unknown, b: unknown, path: string, out: CourseChange[]): void {
  if (same(a, b)) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const at = path === '' ? key : `${path}.${key}`;
      if (!(key in b)) out.push({ path: at, kind: 'removed', before: a[key] });
      else if (!(key in a)) out.push({ path: at, kind: 'added', after: b[key] });
      else diffValue(a[key], b[key], at, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = listKey(a, b);
    if (key) diffKeyedList(a as Keyed[], b as Keyed[], key, path, out);
    else diffList(a, b, path, out);
    return;
  }
  out.push({ path, kind: 'changed', before: a, after: b });
}

type Keyed = Record<string, unknown>;

/** `id` when every item of both lists has a unique string id; `number` likewise for days. */
function listKey(a: unknown[], b: unknown[]): 'id' | 'number' | undefined {
  const keyedBy = (key: 'id' | 'number', type: 'string' | 'number') =>
    [a, b].every((list) => {
      const values = list.map((item) => (isPlainObject(item) ? item[key] : undefined));
      return values.every((v) => typeof v === type) && new Set(values).size === values.length;
    });
  if (a.length + b.length === 0) return undefined;
  if (keyedBy('id', 'string')) return 'id';
  if (keyedBy('number', 'number')) return 'number';
  return undefined;
}

function diffKeyedList(a: Keyed[], b: Keyed[], key: 'id' | 'number', path: string, out: CourseChange[]): void {
  const at = (item: Keyed) => `${path}[${key}=${String(item[key])}]`;
  const inB = new Map(b.map((item) => [item[key], item]));
  const inA = new Map(a.map((item) => [item[key], item]));
  for (const item of a) {
    const other = inB.get(item[key]);
    if (other === undefined) out.push({ path: at(item), kind: 'removed', before: item });
    else diffValue(item, other, at(item), out);
  }
  for (const item of b) {
    if (!inA.has(item[key])) out.push({ path: at(item), kind: 'added', after: item });
  }
  const orderA = a.map((item) => item[key]).filter((k) => inB.has(k));
  const orderB = b.map((item) => item[key]).filter((k) => inA.has(k));
  if (!same(orderA, orderB)) out.push({ path, kind: 'changed', before: orderA, after: orderB });
}

/** Aligns two lists on their longest common subsequence of equal items. */
function diffList(a: unknown[], b: unknown[], path: string, out: CourseChange[]): void {
  const ka = a.map((item) => canonicalJson(item));
  const kb = b.map((item) => canonicalJson(item));
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = ka[i] === kb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) diffValue(a[removed[k]], b[added[k]], `${path}[${added[k]}]`, out);
    for (const r of removed.slice(paired)) out.push({ path: `${path}[${r}]`, kind: 'removed', before: a[r] });
    for (const n of added.slice(paired)) out.push({ path: `${path}[${n}]`, kind: 'added', after: b[n] });
    removed = [];
    added = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      removed.push(i++);
    } else {
      added.push(j++);
    }
  }
  flush();
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
