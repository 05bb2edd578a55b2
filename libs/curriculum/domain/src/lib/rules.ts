/**
 * Checks that need more than one file or more than a JSON Schema can say:
 * references, uniqueness of ids, day numbering, hours and prerequisites.
 *
 * The rules run on everything that parsed, also on files with schema
 * violations, so that one run reports every problem. They therefore read the
 * data defensively (a "list" may turn out to be a string).
 */
import { mayRefer, ownerOf } from './model';
import { formatPath, type PathSegment } from './problems';
import { isPlainObject } from './normalise';

export interface LoadedDay {
  readonly file: string;
  /** The number in the file name. */
  readonly fileNumber: number;
  /** `undefined` when the file could not be parsed. */
  readonly data: unknown;
}

export interface LoadedCourse {
  readonly dir: string;
  /** The slug of the organisation folder holding the course; absent for national content. */
  readonly organisation?: string;
  readonly file?: string;
  readonly data: unknown;
  readonly days: readonly LoadedDay[];
}

export interface LoadedScenario {
  readonly file: string;
  /** File name without `.yaml`. */
  readonly name: string;
  /** As for `LoadedCourse`. */
  readonly organisation?: string;
  readonly data: unknown;
}

export interface LoadedKinds {
  readonly file: string;
  readonly data: unknown;
}

export interface RuleInput {
  readonly courses: readonly LoadedCourse[];
  readonly scenarios: readonly LoadedScenario[];
  readonly kinds?: LoadedKinds;
}

export interface RuleProblem {
  readonly file: string;
  readonly path: PathSegment[];
  readonly reason: string;
}

/** A course day may hold at most this many minutes of sessions. */
export const MAX_DAY_MINUTES = 8 * 60;
export const MIN_RUBRIC_CRITERIA = 4;
export const MAX_RUBRIC_CRITERIA = 6;

type Report = (file: string, path: PathSegment[], reason: string) => void;

export function checkRules(input: RuleInput): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const report: Report = (file, path, reason) => problems.push({ file, path, reason });

  const scenarioIds = checkScenarios(input.scenarios, report);
  const kindIds = checkKinds(input.kinds, report);
  const courses = checkCourseIds(input.courses, report);
  for (const course of input.courses) {
    if (course.file && isPlainObject(course.data)) {
      checkCourse(course.file, course.data, course.days, { scenarioIds, kindIds, owner: course.organisation ?? null }, report);
    }
  }
  checkPrerequisites(courses, report);
  // A course folder whose file is missing or broken still names a course.
  checkRenewalCourses(courses, new Set(input.courses.map(expectedCourseId)), report);
  return problems;
}

// ---------------------------------------------------------------------------
// Scenarios and study-visit kinds

function checkScenarios(scenarios: readonly LoadedScenario[], report: Report): Set<string> {
  // A scenario whose file does not parse still exists: refer to it by file name.
  const known = new Set<string>();
  const seen = new Map<string, string>();
  // A file whose name matches its id owns the id; other files with that id are the duplicates.
  const owners = [...scenarios].sort((a, b) => Number(idOf(b.data) === expectedScenarioId(b)) - Number(idOf(a.data) === expectedScenarioId(a)));
  for (const scenario of owners) {
    const { file, data } = scenario;
    const expected = expectedScenarioId(scenario);
    if (!isPlainObject(data)) {
      known.add(expected);
      continue;
    }
    const id = str(data['id']);
    if (id !== undefined) {
      known.add(id);
      if (id !== expected) report(file, ['id'], `id "${id}" does not match the file name (expected "${expected}")`);
      if (!scenario.organisation && ownerOf(id) !== null) report(file, ['id'], NATIONAL_PREFIX('scenario', 'roleplays'));
      const other = seen.get(id);
      if (other) report(file, ['id'], `duplicate scenario id "${id}" (also in ${other})`);
      else seen.set(id, file);
    }

    const roles = arr(data['roles']);
    const count = (role: string) => roles.filter((r) => isPlainObject(r) && r['role'] === role).length;
    if (Array.isArray(data['roles'])) {
      const peers = count('peer-supporter');
      if (peers !== 1) report(file, ['roles'], `needs exactly one peer-supporter role (found ${peers})`);
      if (count('service-user') < 1) report(file, ['roles'], 'needs at least one service-user role');
    }

    if (Array.isArray(data['rubric'])) {
      const rubric = data['rubric'];
      if (rubric.length === 0) report(file, ['rubric'], 'rubric has no criteria');
      else if (rubric.length < MIN_RUBRIC_CRITERIA || rubric.length > MAX_RUBRIC_CRITERIA) {
        report(file, ['rubric'], `rubric must have ${MIN_RUBRIC_CRITERIA} to ${MAX_RUBRIC_CRITERIA} criteria (found ${rubric.length})`);
      }
      uniqueIds(rubric, (i) => ['rubric', i, 'id'], 'criterion id', file, report);
    }
  }
  return known;
}

function checkKinds(kinds: LoadedKinds | undefined, report: Report): Set<string> | undefined {
  if (!kinds || !isPlainObject(kinds.data)) return undefined;
  const list = arr(kinds.data['kinds']);
  uniqueIds(list, (i) => ['kinds', i, 'id'], 'study-visit kind', kinds.file, report);
  return new Set(list.map((k) => (isPlainObject(k) ? str(k['id']) : undefined)).filter(isString));
}

// ---------------------------------------------------------------------------
// Courses

interface CourseNode {
  readonly file: string;
  readonly id: string;
  /** The organisation whose folder holds it; null for national content. */
  readonly owner: string | null;
  readonly kind?: string;
  readonly prerequisites: { readonly id: string; readonly index: number }[];
  /** `validity.renewal.courses`, for the cross-course check. */
  readonly renewalCourses: { readonly id: string; readonly index: number }[];
}

function checkCourseIds(courses: readonly LoadedCourse[], report: Report): Map<string, CourseNode> {
  const byId = new Map<string, CourseNode>();
  // A folder whose name matches its id owns the id; other folders with that id are the duplicates.
  const owners = [...courses].sort((a, b) => Number(idOf(b.data) === expectedCourseId(b)) - Number(idOf(a.data) === expectedCourseId(a)));
  for (const course of owners) {
    const { file, data } = course;
    if (!file || !isPlainObject(data)) continue;
    const id = str(data['id']);
    if (id === undefined) continue;
    const expected = expectedCourseId(course);
    if (id !== expected) report(file, ['id'], `id "${id}" does not match the folder name (expected "${expected}")`);
    if (!course.organisation && ownerOf(id) !== null) report(file, ['id'], NATIONAL_PREFIX('course', 'courses'));
    if (course.organisation && data['kind'] === 'base') {
      report(file, ['kind'], 'the base course is national: an organisation publishes modules and refreshers of its own');
    }
    const other = byId.get(id);
    if (other) {
      report(file, ['id'], `duplicate course id "${id}" (also in ${other.file})`);
      continue;
    }
    const prerequisites = arr(data['prerequisites'])
      .map((p, index) => ({ id: str(p), index }))
      .filter((p): p is { id: string; index: number } => p.id !== undefined);
    const validity = isPlainObject(data['validity']) ? data['validity'] : {};
    const renewal = isPlainObject(validity['renewal']) ? validity['renewal'] : {};
    const renewalCourses = arr(renewal['courses'])
      .map((p, index) => ({ id: str(p), index }))
      .filter((p): p is { id: string; index: number } => p.id !== undefined);
    byId.set(id, { file, id, owner: course.organisation ?? null, kind: str(data['kind']), prerequisites, renewalCourses });
  }
  return byId;
}

function checkPrerequisites(courses: Map<string, CourseNode>, report: Report): void {
  for (const course of courses.values()) {
    for (const { id, index } of course.prerequisites) {
      if (!mayRefer(course.owner, id)) report(course.file, ['prerequisites', index], foreign(course.owner, 'course', id));
      else if (!courses.has(id)) report(course.file, ['prerequisites', index], `unknown prerequisite course "${id}"`);
    }
  }

  // Cycles: depth-first search, reporting each cycle once, at the edge that closes it.
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (node: CourseNode): void => {
    state.set(node.id, 'active');
    stack.push(node.id);
    for (const { id, index } of node.prerequisites) {
      const next = courses.get(id);
      if (!next) continue;
      if (state.get(id) === 'active') {
        const cycle = [...stack.slice(stack.indexOf(id)), id];
        report(node.file, ['prerequisites', index], `prerequisite cycle: ${cycle.join(' → ')}`);
      } else if (!state.has(id)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node.id, 'done');
  };
  for (const course of courses.values()) if (!state.has(course.id)) visit(course);

  // Modules and refreshers build on a base course, directly or through another course.
  const reachesBase = (start: CourseNode): boolean => {
    const seen = new Set<string>();
    const queue = start.prerequisites.map((p) => p.id);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const course = courses.get(id);
      if (!course) continue;
      if (course.kind === 'base') return true;
      queue.push(...course.prerequisites.map((p) => p.id));
    }
    return false;
  };
  for (const course of courses.values()) {
    if ((course.kind === 'module' || course.kind === 'refresher') && !reachesBase(course)) {
      report(course.file, ['prerequisites'], `a ${course.kind} must require a base course (directly or through another course)`);
    }
  }
}

function checkRenewalCourses(courses: Map<string, CourseNode>, folders: Set<string>, report: Report): void {
  for (const course of courses.values()) {
    for (const { id, index } of course.renewalCourses) {
      const path = ['validity', 'renewal', 'courses', index];
      if (id === course.id) report(course.file, path, `a course cannot be renewed with itself ("${id}")`);
      else if (!mayRefer(course.owner, id)) report(course.file, path, foreign(course.owner, 'course', id));
      else if (!courses.has(id) && !folders.has(id)) report(course.file, path, `unknown renewal course "${id}"`);
    }
  }
}

interface Known {
  readonly scenarioIds: Set<string>;
  /** The organisation whose course is checked; null for a national one. */
  readonly owner: string | null;
  /** `undefined` when study-visit-kinds.yaml could not be read. */
  readonly kindIds?: Set<string>;
}

function checkCourse(
  file: string,
  course: Record<string, unknown>,
  days: readonly LoadedDay[],
  known: Known,
  report: Report,
): void {
  const parsedDays = days.filter((d): d is LoadedDay & { data: Record<string, unknown> } => isPlainObject(d.data));
  const allDaysParsed = parsedDays.length === days.length;

  checkDayNumbers(file, course, days, allDaysParsed, report);

  // Themes: declared once, each used by a day, days use only declared ones.
  const themes = arr(course['themes']);
  uniqueIds(themes, (i) => ['themes', i, 'id'], 'theme id', file, report);
  const themeIds = new Set(themes.map((t) => (isPlainObject(t) ? str(t['id']) : undefined)).filter(isString));
  const coveredThemes = new Set<string>();
  for (const day of parsedDays) {
    arr(day.data['themes']).forEach((theme, i) => {
      if (!isString(theme)) return;
      coveredThemes.add(theme);
      if (!themeIds.has(theme)) report(day.file, ['themes', i], `unknown theme "${theme}" (not declared in ${file})`);
    });
  }
  if (allDaysParsed) {
    themes.forEach((theme, i) => {
      const id = isPlainObject(theme) ? str(theme['id']) : undefined;
      if (id !== undefined && !coveredThemes.has(id)) report(file, ['themes', i], `theme "${id}" is not covered by any day`);
    });
  }

  // Ids unique within the course, also across day files.
  uniqueIdsAcross(
    parsedDays.map((d) => ({ file: d.file, items: arr(d.data['learningOutcomes']), path: 'learningOutcomes' })),
    'learning outcome id',
    report,
  );
  uniqueIdsAcross(
    parsedDays.map((d) => ({ file: d.file, items: arr(d.data['exercises']), path: 'exercises' })),
    'exercise id',
    report,
  );
  const certificate = isPlainObject(course['certificate']) ? course['certificate'] : {};
  uniqueIds(arr(certificate['competences']), (i) => ['certificate', 'competences', i, 'id'], 'competence id', file, report);

  // Role-plays and sessions of each day.
  const practised = new Set<string>();
  for (const day of parsedDays) {
    const rolePlays = arr(day.data['rolePlays']);
    rolePlays.forEach((id, i) => {
      if (!isString(id)) return;
      practised.add(id);
      if (!mayRefer(known.owner, id)) report(day.file, ['rolePlays', i], foreign(known.owner, 'role-play scenario', id));
      else if (!known.scenarioIds.has(id)) report(day.file, ['rolePlays', i], `unknown role-play scenario "${id}" (${scenarioFileOf(id)})`);
    });
    const sessions = arr(day.data['sessions']);
    const hasRolePlaySession = sessions.some((s) => isPlainObject(s) && s['kind'] === 'role-play');
    if (hasRolePlaySession && rolePlays.length === 0) {
      report(day.file, ['rolePlays'], 'the day has a role-play session but lists no role-play scenario');
    }
    if (!hasRolePlaySession && rolePlays.length > 0) {
      report(day.file, ['sessions'], 'the day lists role-play scenarios but has no session of kind role-play');
    }
    const minutes = sumMinutes(sessions);
    if (minutes !== undefined && minutes > MAX_DAY_MINUTES) {
      report(day.file, ['sessions'], `sessions add up to ${minutes} minutes; a course day holds at most ${MAX_DAY_MINUTES}`);
    }
  }

  // Hours: the stated hours must equal the sum of all session minutes.
  const hours = num(course['hours']);
  const dayMinutes = parsedDays.map((d) => sumMinutes(arr(d.data['sessions'])));
  if (hours !== undefined && allDaysParsed && dayMinutes.every((m) => m !== undefined)) {
    const total = (dayMinutes as number[]).reduce((a, b) => a + b, 0);
    if (total !== hours * 60) {
      report(file, ['hours'], `hours is ${hours} but the sessions of all days add up to ${total} minutes (${round(total / 60)} hours)`);
    }
  }

  // Study visits.
  const visits = arr(course['studyVisits']);
  uniqueIds(visits, (i) => ['studyVisits', i, 'id'], 'study visit id', file, report);
  const visitIds = new Set(visits.map((v) => (isPlainObject(v) ? str(v['id']) : undefined)).filter(isString));
  visits.forEach((visit, i) => {
    const kind = isPlainObject(visit) ? str(visit['kind']) : undefined;
    if (kind !== undefined && known.kindIds && !known.kindIds.has(kind)) {
      report(file, ['studyVisits', i, 'kind'], `unknown study-visit kind "${kind}" (not in study-visit-kinds.yaml)`);
    }
  });

  // Completion requirements refer to what the course defines.
  const completion = isPlainObject(course['completion']) ? course['completion'] : {};
  arr(completion['rolePlays']).forEach((id, i) => {
    if (!isString(id)) return;
    if (!mayRefer(known.owner, id)) {
      report(file, ['completion', 'rolePlays', i], foreign(known.owner, 'role-play scenario', id));
    } else if (!known.scenarioIds.has(id)) {
      report(file, ['completion', 'rolePlays', i], `unknown role-play scenario "${id}" (${scenarioFileOf(id)})`);
    } else if (allDaysParsed && !practised.has(id)) {
      report(file, ['completion', 'rolePlays', i], `required role-play "${id}" is not practised on any day of this course`);
    }
  });
  arr(completion['studyVisits']).forEach((id, i) => {
    if (isString(id) && !visitIds.has(id)) {
      report(file, ['completion', 'studyVisits', i], `required study visit "${id}" is not defined in studyVisits`);
    }
  });

  // Renewal: supervision hours in tenths at most (the schema bounds them).
  const validity = isPlainObject(course['validity']) ? course['validity'] : {};
  const renewal = isPlainObject(validity['renewal']) ? validity['renewal'] : undefined;
  const renewalHours = renewal ? num(renewal['supervisionHours']) : undefined;
  if (renewalHours !== undefined && Math.abs(Math.round(renewalHours * 10) - renewalHours * 10) > 1e-9) {
    report(file, ['validity', 'renewal', 'supervisionHours'], `supervisionHours is ${renewalHours}; give it with at most one decimal`);
  }

  const attendance = isPlainObject(completion['attendance']) ? completion['attendance'] : undefined;
  if (attendance) {
    const path = ['completion', 'attendance'];
    const max = num(attendance['maxMadeUpAbsences']);
    const dayCount = num(course['dayCount']);
    const methods = arr(attendance['makeUpMethods']);
    if (max !== undefined && dayCount !== undefined && max > dayCount) {
      report(file, [...path, 'maxMadeUpAbsences'], `${max} made-up absences allowed but the course has only ${dayCount} day(s)`);
    }
    if (max !== undefined && max > 0 && Array.isArray(attendance['makeUpMethods']) && methods.length === 0) {
      report(file, [...path, 'makeUpMethods'], 'absences may be made up but no make-up method is given');
    }
    if (methods.includes('assignment') && attendance['assignmentGuidance'] === undefined) {
      report(file, [...path, 'assignmentGuidance'], 'make-up by assignment is allowed but assignmentGuidance is missing');
    }
    if (!methods.includes('assignment') && attendance['assignmentGuidance'] !== undefined) {
      report(file, [...path, 'assignmentGuidance'], 'assignmentGuidance is given but assignment is not a make-up method');
    }
  }
}

function checkDayNumbers(
  file: string,
  course: Record<string, unknown>,
  days: readonly LoadedDay[],
  allDaysParsed: boolean,
  report: Report,
): void {
  const dayCount = num(course['dayCount']);
  if (dayCount !== undefined && days.length !== dayCount) {
    report(file, ['dayCount'], `dayCount is ${dayCount} but there are ${days.length} day file(s) in days/`);
  }

  const byNumber = new Map<number, string>();
  for (const day of days) {
    const number = isPlainObject(day.data) ? num(day.data['number']) : day.fileNumber;
    if (number === undefined) continue;
    if (isPlainObject(day.data) && number !== day.fileNumber) {
      report(day.file, ['number'], `number is ${number} but the file name says day ${day.fileNumber}`);
    }
    const other = byNumber.get(number);
    if (other) report(day.file, ['number'], `duplicate day number ${number} (also in ${other})`);
    else byNumber.set(number, day.file);
    if (dayCount !== undefined && (number < 1 || number > dayCount)) {
      report(day.file, ['number'], `day ${number} is outside 1..${dayCount} (dayCount in ${file})`);
    }
  }
  if (dayCount !== undefined && allDaysParsed) {
    const missing: number[] = [];
    for (let n = 1; n <= dayCount; n++) if (!byNumber.has(n)) missing.push(n);
    if (missing.length > 0) {
      report(file, ['dayCount'], `days must be numbered 1..${dayCount}; missing day(s) ${missing.join(', ')}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Helpers

function uniqueIds(items: unknown[], pathOf: (index: number) => PathSegment[], what: string, file: string, report: Report): void {
  uniqueIdsAcross([{ file, items, pathOf }], what, report);
}

interface IdGroup {
  readonly file: string;
  readonly items: unknown[];
  readonly path?: string;
  readonly pathOf?: (index: number) => PathSegment[];
}

function uniqueIdsAcross(groups: IdGroup[], what: string, report: Report): void {
  const seen = new Map<string, string>();
  for (const group of groups) {
    group.items.forEach((item, i) => {
      const id = isPlainObject(item) ? str(item['id']) : undefined;
      if (id === undefined) return;
      const path = group.pathOf ? group.pathOf(i) : [group.path as string, i, 'id'];
      const where = `${group.file}: ${formatPath(path.slice(0, -1))}`;
      const other = seen.get(id);
      if (other) report(group.file, path, `duplicate ${what} "${id}" (also at ${other})`);
      else seen.set(id, where);
    });
  }
}

function sumMinutes(sessions: unknown[]): number | undefined {
  let total = 0;
  for (const session of sessions) {
    const minutes = isPlainObject(session) ? session['minutes'] : undefined;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes)) return undefined;
    total += minutes;
  }
  return total;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The id a course folder must hold: its name, prefixed `<slug>.` in an organisation's folder. */
function expectedCourseId(course: Pick<LoadedCourse, 'dir' | 'organisation'>): string {
  return course.organisation ? `${course.organisation}.${course.dir}` : course.dir;
}

function expectedScenarioId(scenario: Pick<LoadedScenario, 'name' | 'organisation'>): string {
  return scenario.organisation ? `${scenario.organisation}.${scenario.name}` : scenario.name;
}

/** Where the file of a scenario id would be. */
function scenarioFileOf(id: string): string {
  const owner = ownerOf(id);
  return owner ? `no organisations/${owner}/roleplays/${id.slice(owner.length + 1)}.yaml` : `no roleplays/${id}.yaml`;
}

const NATIONAL_PREFIX = (what: string, dir: string) =>
  `a national ${what} id has no "<organisation>." prefix; an organisation's own ${what}s live in organisations/<slug>/${dir}/`;

function foreign(owner: string | null, what: string, id: string): string {
  const whose = `organisation "${ownerOf(id)}"`;
  return owner === null
    ? `${what} "${id}" belongs to ${whose}: national content may refer only to national content`
    : `${what} "${id}" belongs to ${whose}: organisation "${owner}" may refer only to national content and its own`;
}

function idOf(data: unknown): string | undefined {
  return isPlainObject(data) ? str(data['id']) : undefined;
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
