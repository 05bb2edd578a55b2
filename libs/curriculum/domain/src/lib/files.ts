import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_PATH, type CurriculumProblem } from './problems';
import { SCHEMA_DIR } from './schema';

/**
 * The layout of `curriculum/`:
 *
 *   study-visit-kinds.yaml
 *   courses/<course-id>/course.yaml
 *   courses/<course-id>/days/day-NN.yaml
 *   roleplays/<scenario-id>.yaml
 *   organisations/<slug>/courses/<name>/…      an organisation's own courses (id <slug>.<name>)
 *   organisations/<slug>/roleplays/<name>.yaml an organisation's own scenarios (id <slug>.<name>)
 *   schema/*.schema.json
 */
export const STUDY_VISIT_KINDS_FILE = 'study-visit-kinds.yaml';
export const COURSES_DIR = 'courses';
export const COURSE_FILE = 'course.yaml';
export const DAYS_DIR = 'days';
export const ROLEPLAYS_DIR = 'roleplays';
export const ORGANISATIONS_DIR = 'organisations';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const DAY_FILE = /^day-(\d{2,})\.yaml$/;
const YAML_FILE = /^(.+)\.yaml$/;

export interface DayFile {
  readonly file: string;
  /** The number in the file name. */
  readonly number: number;
}

export interface CourseFiles {
  /** The folder name: the course id, or the part after `<slug>.` for an organisation's course. */
  readonly dir: string;
  /** The slug of the organisation whose folder holds the course; absent for national content. */
  readonly organisation?: string;
  /** `undefined` when course.yaml is missing. */
  readonly courseFile?: string;
  readonly dayFiles: readonly DayFile[];
}

export interface ScenarioFile {
  readonly file: string;
  /** The file name without `.yaml`: the scenario id, or the part after `<slug>.` for an organisation's scenario. */
  readonly name: string;
  /** As for `CourseFiles`. */
  readonly organisation?: string;
}

export interface CurriculumFiles {
  readonly studyVisitKindsFile?: string;
  readonly courses: readonly CourseFiles[];
  readonly scenarios: readonly ScenarioFile[];
}

/** Finds the curriculum files, reporting missing and unexpected ones. */
export function findCurriculumFiles(rootDir: string): { files: CurriculumFiles; problems: CurriculumProblem[] } {
  const problems: CurriculumProblem[] = [];
  const unexpected = (file: string, hint: string) => problems.push({ file, path: FILE_PATH, reason: `unexpected file: ${hint}` });
  const missing = (file: string, what: string) => problems.push({ file, path: FILE_PATH, reason: `${what} is missing` });

  if (!isDir(rootDir)) {
    return { files: { courses: [], scenarios: [] }, problems: [{ file: '.', path: FILE_PATH, reason: `curriculum folder not found: ${rootDir}` }] };
  }

  for (const name of list(rootDir)) {
    const known = [STUDY_VISIT_KINDS_FILE, COURSES_DIR, ROLEPLAYS_DIR, ORGANISATIONS_DIR, SCHEMA_DIR];
    if (!known.includes(name) && /\.ya?ml$/.test(name)) {
      unexpected(name, `not read; the top level holds only ${STUDY_VISIT_KINDS_FILE}, ${COURSES_DIR}/, ${ROLEPLAYS_DIR}/, ${ORGANISATIONS_DIR}/ and ${SCHEMA_DIR}/`);
    }
  }

  const studyVisitKindsFile = existsSync(join(rootDir, STUDY_VISIT_KINDS_FILE)) ? STUDY_VISIT_KINDS_FILE : undefined;
  if (!studyVisitKindsFile) missing(STUDY_VISIT_KINDS_FILE, 'the list of study-visit kinds');

  const coursesDir = join(rootDir, COURSES_DIR);
  if (!isDir(coursesDir)) missing(`${COURSES_DIR}/`, 'the courses folder');
  const roleplaysDir = join(rootDir, ROLEPLAYS_DIR);
  if (!isDir(roleplaysDir)) missing(`${ROLEPLAYS_DIR}/`, 'the role-play folder');
  const courses = findCourses(rootDir, '', undefined, unexpected, missing);
  const scenarios = findScenarios(rootDir, '', undefined, unexpected);

  const organisationsDir = join(rootDir, ORGANISATIONS_DIR);
  for (const slug of isDir(organisationsDir) ? list(organisationsDir) : []) {
    const rel = `${ORGANISATIONS_DIR}/${slug}`;
    if (!isDir(join(organisationsDir, slug))) {
      if (!slug.endsWith('.md')) unexpected(rel, `${ORGANISATIONS_DIR}/ holds one folder per organisation, named by its slug`);
      continue;
    }
    if (!SLUG.test(slug)) {
      unexpected(rel, 'an organisation folder is named by the organisation\'s slug: lower-case letters, digits and single hyphens');
      continue;
    }
    for (const name of list(join(organisationsDir, slug))) {
      if (name !== COURSES_DIR && name !== ROLEPLAYS_DIR && !name.endsWith('.md')) {
        unexpected(`${rel}/${name}`, `an organisation folder holds ${COURSES_DIR}/ and ${ROLEPLAYS_DIR}/`);
      }
    }
    courses.push(...findCourses(rootDir, `${rel}/`, slug, unexpected, missing));
    scenarios.push(...findScenarios(rootDir, `${rel}/`, slug, unexpected));
  }

  return { files: { studyVisitKindsFile, courses, scenarios }, problems };
}

type Report = (file: string, hint: string) => void;

/** The course folders under `<prefix>courses/`. */
function findCourses(rootDir: string, prefix: string, organisation: string | undefined, unexpected: Report, missing: Report): CourseFiles[] {
  const courses: CourseFiles[] = [];
  const coursesDir = join(rootDir, prefix, COURSES_DIR);
  for (const dir of isDir(coursesDir) ? list(coursesDir) : []) {
    const rel = `${prefix}${COURSES_DIR}/${dir}`;
    if (!isDir(join(coursesDir, dir))) {
      unexpected(rel, `${COURSES_DIR}/ holds one folder per course`);
      continue;
    }
    let courseFile: string | undefined;
    const dayFiles: DayFile[] = [];
    for (const name of list(join(coursesDir, dir))) {
      if (name === COURSE_FILE) courseFile = `${rel}/${COURSE_FILE}`;
      else if (name === DAYS_DIR && isDir(join(coursesDir, dir, DAYS_DIR))) {
        for (const dayName of list(join(coursesDir, dir, DAYS_DIR))) {
          const match = DAY_FILE.exec(dayName);
          if (match) dayFiles.push({ file: `${rel}/${DAYS_DIR}/${dayName}`, number: Number(match[1]) });
          else unexpected(`${rel}/${DAYS_DIR}/${dayName}`, 'day files are named day-NN.yaml, e.g. day-07.yaml');
        }
      } else if (!name.endsWith('.md')) {
        unexpected(`${rel}/${name}`, `a course folder holds ${COURSE_FILE} and ${DAYS_DIR}/`);
      }
    }
    if (!courseFile) missing(`${rel}/${COURSE_FILE}`, 'the course file');
    dayFiles.sort((a, b) => a.number - b.number || a.file.localeCompare(b.file));
    courses.push(organisation ? { dir, organisation, courseFile, dayFiles } : { dir, courseFile, dayFiles });
  }
  return courses;
}

/** The scenario files under `<prefix>roleplays/`. */
function findScenarios(rootDir: string, prefix: string, organisation: string | undefined, unexpected: Report): ScenarioFile[] {
  const scenarios: ScenarioFile[] = [];
  const roleplaysDir = join(rootDir, prefix, ROLEPLAYS_DIR);
  for (const name of isDir(roleplaysDir) ? list(roleplaysDir) : []) {
    const match = YAML_FILE.exec(name);
    const file = `${prefix}${ROLEPLAYS_DIR}/${name}`;
    if (match && !isDir(join(roleplaysDir, name))) scenarios.push(organisation ? { file, name: match[1], organisation } : { file, name: match[1] });
    else if (!name.endsWith('.md')) unexpected(file, 'role-play files are named <scenario-id>.yaml');
  }
  return scenarios;
}

/** Entries of a folder, sorted, without hidden files such as .gitkeep. */
function list(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
