import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { FILE_PATH, type CurriculumProblem, type PathSegment } from './problems';

/** The JSON Schemas in `curriculum/schema/`, one per kind of YAML file. */
export const SCHEMA_DIR = 'schema';
export const SCHEMA_FILES = {
  course: 'course.schema.json',
  day: 'day.schema.json',
  roleplay: 'roleplay.schema.json',
  studyVisitKinds: 'study-visit-kinds.schema.json',
} as const;
export const COMMON_SCHEMA_FILE = 'common.schema.json';

export type SchemaName = keyof typeof SCHEMA_FILES;

export interface SchemaViolation {
  readonly path: PathSegment[];
  readonly reason: string;
}

export interface SchemaSet {
  validate(name: SchemaName, data: unknown): SchemaViolation[];
}

/**
 * Reads and compiles every `*.schema.json` under `<rootDir>/schema`. Schemas
 * refer to each other by file name (`common.schema.json#/definitions/text`),
 * which editors resolve relative to the file as well.
 */
export function loadSchemas(rootDir: string): { schemas?: SchemaSet; problems: CurriculumProblem[] } {
  const dir = join(rootDir, SCHEMA_DIR);
  const problems: CurriculumProblem[] = [];
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.schema.json')).sort() : [];
  for (const name of names) {
    const file = `${SCHEMA_DIR}/${name}`;
    try {
      ajv.addSchema(JSON.parse(readFileSync(join(dir, name), 'utf8')) as object, name);
    } catch (error) {
      problems.push({ file, path: FILE_PATH, reason: `cannot read schema: ${messageOf(error)}` });
    }
  }
  const validators = new Map<SchemaName, ValidateFunction>();
  for (const [key, name] of Object.entries(SCHEMA_FILES) as [SchemaName, string][]) {
    const file = `${SCHEMA_DIR}/${name}`;
    if (!names.includes(name)) {
      problems.push({ file, path: FILE_PATH, reason: 'schema file is missing' });
      continue;
    }
    try {
      const validate = ajv.getSchema(name);
      if (validate) validators.set(key, validate);
    } catch (error) {
      problems.push({ file, path: FILE_PATH, reason: `invalid schema: ${messageOf(error)}` });
    }
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    schemas: {
      validate(name, data) {
        const validate = validators.get(name);
        if (!validate || validate(data)) return [];
        return dedupe((validate.errors ?? []).map((error) => toViolation(error, data)));
      },
    },
  };
}

function toViolation(error: ErrorObject, root: unknown): SchemaViolation {
  const path = pointerToPath(error.instancePath, root);
  const parentTitle = (error.parentSchema as { title?: string } | undefined)?.title;
  const params = error.params as Record<string, unknown>;
  const data = error.data;
  const last = path[path.length - 1];
  switch (error.keyword) {
    case 'required': {
      const property = String(params['missingProperty']);
      return {
        path: [...path, property],
        reason: parentTitle === 'Text' ? `missing translation (${property})` : 'required property is missing',
      };
    }
    case 'additionalProperties': {
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      return {
        path: [...path, String(params['additionalProperty'])],
        reason: `unknown property (expected one of: ${allowed.join(', ')})`,
      };
    }
    case 'type':
      if (parentTitle === 'Translation' && (data === null || data === undefined)) {
        return { path, reason: `missing translation (${String(last)})` };
      }
      return { path, reason: `must be ${article(String(params['type']))} (found ${describe(data)})` };
    case 'pattern':
      if (parentTitle === 'Translation') return { path, reason: `empty translation (${String(last)})` };
      if (parentTitle === 'Id') {
        const description = (error.parentSchema as { description?: string }).description;
        return { path, reason: `${JSON.stringify(data)} is not a valid id: expected a ${description}` };
      }
      return { path, reason: `${JSON.stringify(data)} must match ${String(params['pattern'])}` };
    case 'enum':
      return {
        path,
        reason: `${JSON.stringify(data)} is not allowed (expected one of: ${(params['allowedValues'] as unknown[]).join(', ')})`,
      };
    case 'uniqueItems':
      return {
        path: [...path, Number(params['i'])],
        reason: `duplicate entry ${JSON.stringify((data as unknown[])[Number(params['i'])])} (same as item ${String(params['j'])})`,
      };
    case 'minItems':
      return { path, reason: `must have at least ${String(params['limit'])} item(s) (found ${lengthOf(data)})` };
    case 'maxItems':
      return { path, reason: `must have at most ${String(params['limit'])} item(s) (found ${lengthOf(data)})` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, reason: `must be ${String(params['comparison'])} ${String(params['limit'])} (found ${describe(data)})` };
    case 'multipleOf':
      return { path, reason: `must be a multiple of ${String(params['multipleOf'])} (found ${describe(data)})` };
    case 'maxLength':
      return { path, reason: `must be at most ${String(params['limit'])} characters long` };
    default:
      return { path, reason: error.message ?? `fails ${error.keyword}` };
  }
}

/** JSON pointer → path segments, with numbers where the data holds an array. */
function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const path: PathSegment[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(key);
      path.push(index);
      node = node[index];
    } else {
      path.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return path;
}

function dedupe(violations: SchemaViolation[]): SchemaViolation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${JSON.stringify(v.path)} ${v.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
