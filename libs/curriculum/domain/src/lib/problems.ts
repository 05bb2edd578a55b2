/** One thing wrong with the curriculum files. */
export interface CurriculumProblem {
  /** Path of the file relative to the curriculum root, with forward slashes. */
  readonly file: string;
  /**
   * Where in the file, e.g. `sessions[2].minutes`; `(root)` for the whole
   * document, `(file)` for problems with the file itself (missing, misplaced,
   * not parseable).
   */
  readonly path: string;
  readonly reason: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
}

export type PathSegment = string | number;

export const ROOT_PATH = '(root)';
export const FILE_PATH = '(file)';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `['sessions', 2, 'minutes']` → `sessions[2].minutes`. */
export function formatPath(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return ROOT_PATH;
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** One line per problem: `file:line: path: reason` (`:line` when known). */
export function formatProblems(problems: readonly CurriculumProblem[]): string {
  return problems
    .map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.path}: ${p.reason}`)
    .join('\n');
}

/** Stable order: by file, then line, then path, then reason. */
export function sortProblems(problems: readonly CurriculumProblem[]): CurriculumProblem[] {
  return [...problems].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compare(a.path, b.path) ||
      compare(a.reason, b.reason),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Thrown by `loadValidCurriculum` when the curriculum has problems. */
export class CurriculumError extends Error {
  constructor(readonly problems: readonly CurriculumProblem[]) {
    super(`The curriculum has ${problems.length} problem(s):\n${formatProblems(problems)}`);
    this.name = 'CurriculumError';
  }
}
