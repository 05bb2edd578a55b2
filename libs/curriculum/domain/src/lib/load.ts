import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCurriculumFiles } from './files';
import type {
  Course,
  CourseDay,
  CourseKind,
  CurriculumBundle,
  RolePlayScenario,
  StudyVisitKind,
} from './model';
import { isPlainObject, normaliseStrings } from './normalise';
import { CurriculumError, FILE_PATH, formatPath, sortProblems, type CurriculumProblem, type PathSegment } from './problems';
import { checkRules, type LoadedCourse, type LoadedDay, type LoadedScenario } from './rules';
import { loadSchemas, type SchemaName, type SchemaSet } from './schema';
import { parseYaml, type YamlSource } from './yaml-source';

export interface CurriculumLoadResult {
  /**
   * Everything that could be read. Only trust it when `problems` is empty:
   * with problems, parts may be missing or not match the types.
   */
  readonly bundle: CurriculumBundle;
  /** Every problem found, sorted by file and line. */
  readonly problems: CurriculumProblem[];
}

/**
 * Reads, validates and checks the curriculum under `rootDir` (the
 * `curriculum/` folder). Never throws for bad content: every problem, in
 * every file, is reported in `problems`.
 */
export function loadCurriculum(rootDir: string): CurriculumLoadResult {
  const problems: CurriculumProblem[] = [];
  if (!existsSync(rootDir)) {
    return {
      bundle: { courses: [], scenarios: [], studyVisitKinds: [] },
      problems: [{ file: '.', path: FILE_PATH, reason: `curriculum folder not found: ${rootDir}` }],
    };
  }
  const found = findCurriculumFiles(rootDir);
  problems.push(...found.problems);
  const schemaResult = loadSchemas(rootDir);
  problems.push(...schemaResult.problems);

  const sources = new Map<string, YamlSource>();
  const read = (file: string, schema: SchemaName): unknown => {
    const source = readSource(rootDir, file, problems);
    if (!source) return undefined;
    sources.set(file, source);
    if (source.parsed && schemaResult.schemas) {
      problems.push(...validate(schemaResult.schemas, schema, source));
    }
    return source.parsed ? normaliseStrings(source.data) : undefined;
  };

  const kindsFile = found.files.studyVisitKindsFile;
  const kinds = kindsFile ? { file: kindsFile, data: read(kindsFile, 'studyVisitKinds') } : undefined;
  const scenarios: LoadedScenario[] = found.files.scenarios.map(({ file, name, organisation }) => ({
    file,
    name,
    organisation,
    data: read(file, 'roleplay'),
  }));
  const courses: LoadedCourse[] = found.files.courses.map(({ dir, organisation, courseFile, dayFiles }) => ({
    dir,
    organisation,
    file: courseFile,
    data: courseFile ? read(courseFile, 'course') : undefined,
    days: dayFiles.map(({ file, number }): LoadedDay => ({ file, fileNumber: number, data: read(file, 'day') })),
  }));

  for (const problem of checkRules({ courses, scenarios, kinds })) {
    problems.push(located(sources.get(problem.file), problem.file, problem.path, problem.reason));
  }

  return {
    bundle: assembleBundle(courses, scenarios, kinds?.data),
    problems: sortProblems(problems),
  };
}

/** Like `loadCurriculum`, but throws a `CurriculumError` listing the problems, if any. */
export function loadValidCurriculum(rootDir: string): CurriculumBundle {
  const { bundle, problems } = loadCurriculum(rootDir);
  if (problems.length > 0) throw new CurriculumError(problems);
  return bundle;
}

function readSource(rootDir: string, file: string, problems: CurriculumProblem[]): YamlSource | undefined {
  let text: string;
  try {
    text = readFileSync(join(rootDir, file), 'utf8');
  } catch (error) {
    problems.push({ file, path: FILE_PATH, reason: `cannot read file: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const { source, problems: syntax } = parseYaml(file, text);
  problems.push(...syntax);
  return source;
}

function validate(schemas: SchemaSet, schema: SchemaName, source: YamlSource): CurriculumProblem[] {
  return schemas
    .validate(schema, source.data)
    .map((violation) => located(source, source.file, violation.path, violation.reason));
}

function located(source: YamlSource | undefined, file: string, path: PathSegment[], reason: string): CurriculumProblem {
  const line = source?.lineOf(path);
  return line === undefined ? { file, path: formatPath(path), reason } : { file, path: formatPath(path), reason, line };
}

// ---------------------------------------------------------------------------
// Assembly: loaded files → model, with defaults for optional lists.

const KIND_ORDER: Record<CourseKind, number> = { base: 0, module: 1, refresher: 2 };

function assembleBundle(courses: LoadedCourse[], scenarios: LoadedScenario[], kinds: unknown): CurriculumBundle {
  const assembledCourses = courses
    .filter((c) => isPlainObject(c.data))
    .map((c) => {
      const days = c.days
        .map((d) => d.data)
        .filter(isPlainObject)
        .map((d) => ({ rolePlays: [], exercises: [], ...d }) as unknown as CourseDay)
        .sort((a, b) => a.number - b.number);
      return { ...(c.data as object), days } as unknown as Course;
    })
    .sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || byId(a, b));
  const assembledScenarios = scenarios
    .map((s) => s.data)
    .filter(isPlainObject)
    .map((s) => ({ debriefQuestions: [], ...s }) as unknown as RolePlayScenario)
    .sort(byId);
  const assembledKinds = (isPlainObject(kinds) && Array.isArray(kinds['kinds']) ? kinds['kinds'] : [])
    .filter(isPlainObject)
    .map((k) => k as unknown as StudyVisitKind)
    .sort(byId);
  return { courses: assembledCourses, scenarios: assembledScenarios, studyVisitKinds: assembledKinds };
}

function byId(a: { id: string }, b: { id: string }): number {
  return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}
