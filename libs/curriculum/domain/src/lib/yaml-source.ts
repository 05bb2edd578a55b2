import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { FILE_PATH, type CurriculumProblem, type PathSegment } from './problems';

/** A parsed YAML file that can tell on which line a path starts. */
export interface YamlSource {
  /** Relative to the curriculum root. */
  readonly file: string;
  /** The parsed data; `undefined` when the file has syntax errors. */
  readonly data: unknown;
  /** Whether the file parsed without syntax errors. */
  readonly parsed: boolean;
  /** 1-based line of the deepest existing node on `path`. */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

export function parseYaml(file: string, text: string): { source: YamlSource; problems: CurriculumProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: CurriculumProblem[] = doc.errors.map((error) => ({
    file,
    path: FILE_PATH,
    reason: `YAML syntax error: ${firstLine(error.message)}`,
    line: error.linePos?.[0]?.line,
  }));
  const parsed = problems.length === 0;
  let data: unknown;
  if (parsed) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      problems.push({ file, path: FILE_PATH, reason: `YAML error: ${firstLine(String(error))}` });
    }
  }
  const ok = problems.length === 0;
  return {
    source: {
      file,
      data: ok ? data : undefined,
      parsed: ok,
      lineOf: (path) => (ok ? lineOf(doc, lineCounter, path) : undefined),
    },
    problems,
  };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let line = rangeLine(node, lineCounter);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      line = rangeLine(pair.key, lineCounter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      line = rangeLine(item, lineCounter) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function rangeLine(node: unknown, lineCounter: LineCounter): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/:$/, '').trim();
}
