import { createHash } from 'node:crypto';
import { COURSE_VERSION_FORMAT, referencedScenarioIds, type Course, type CourseVersionContent, type RolePlayScenario } from './model';

export { COURSE_VERSION_FORMAT, type CourseVersionContent };
import { isPlainObject, normaliseStrings } from './normalise';

/** Identifies the shape of `CourseVersionContent`; bump it when the shape changes. */

/**
 * Builds the version content of `course`, taking the scenarios it refers to
 * from `scenarios` (which may hold more). Strings are normalised (NFC,
 * trimmed) and days sorted by number. Throws when a referenced scenario is
 * missing: such a course cannot be published.
 */
export function courseVersionContent(course: Course, scenarios: readonly RolePlayScenario[]): CourseVersionContent {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const referenced = referencedScenarioIds(course).map((id) => {
    const scenario = byId.get(id);
    if (!scenario) throw new Error(`Course "${course.id}" refers to unknown role-play scenario "${id}"`);
    return scenario;
  });
  const days = [...course.days].sort((a, b) => a.number - b.number);
  return normaliseStrings({
    format: COURSE_VERSION_FORMAT,
    course: { ...course, days },
    scenarios: referenced,
  });
}

/**
 * The canonical JSON of a course version: `courseVersionContent` with object
 * keys sorted and no whitespace. Identical content gives an identical string,
 * whatever the YAML formatting or key order.
 */
export function canonicalCourse(course: Course, scenarios: readonly RolePlayScenario[]): string {
  return canonicalJson(courseVersionContent(course, scenarios));
}

/** SHA-256 (hex) of a canonical JSON string, as UTF-8. */
export function contentHash(canonical: string): string {
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** `contentHash(canonicalCourse(course, scenarios))`. */
export function courseContentHash(course: Course, scenarios: readonly RolePlayScenario[]): string {
  return contentHash(canonicalCourse(course, scenarios));
}

/** Reads canonical JSON (e.g. stored with a published version) back into content. */
export function parseCourseVersion(canonical: string): CourseVersionContent {
  const value = JSON.parse(canonical) as unknown;
  if (!isPlainObject(value) || value['format'] !== COURSE_VERSION_FORMAT) {
    throw new Error(`Not a course version in format ${COURSE_VERSION_FORMAT}`);
  }
  return value as unknown as CourseVersionContent;
}

/**
 * Deterministic JSON: object keys sorted by UTF-16 code unit order, no
 * whitespace, `undefined` properties left out. Only plain JSON values are
 * allowed.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, at: string): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Not a finite number at ${at}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => (item === undefined ? 'null' : write(item, `${at}[${i}]`))).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${write(value[key], `${at}.${key}`)}`).join(',')}}`;
  }
  throw new TypeError(`Not a JSON value at ${at}`);
}
