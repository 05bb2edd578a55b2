/**
 * The curriculum model: what `curriculum/` contains once loaded and checked.
 *
 * These types are the content of a published course version (see
 * `courseVersionContent`) and the input of the completion rules, so they are
 * plain, serialisable and read-only. Every user-visible text is a `Text`
 * with Swedish and English side by side. Ids are kebab-case and stable:
 * never rename an id that a published version uses.
 */

/** Languages every text is written in. */
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A user-visible text in Swedish and English. Neither may be empty. */
export interface Text {
  readonly sv: string;
  readonly en: string;
}

export const COURSE_KINDS = ['base', 'module', 'refresher'] as const;
/**
 * `base`: the base course (grundutbildning) that leads to certification;
 * `module`: a specialised module; `refresher`: update and repetition for
 * certified peer supporters.
 */
export type CourseKind = (typeof COURSE_KINDS)[number];

export const SESSION_KINDS = ['lecture', 'dialogue', 'exercise', 'role-play', 'reflection', 'group-work'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const ROLE_KINDS = ['peer-supporter', 'service-user', 'staff', 'relative', 'observer'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const MAKE_UP_METHODS = ['other-cohort', 'assignment'] as const;
/**
 * How an absent day may be made up. `other-cohort`: attend the same
 * curriculum day (same course, same day number) in another cohort;
 * `assignment`: a compensatory assignment approved by the course leader.
 */
export type MakeUpMethod = (typeof MAKE_UP_METHODS)[number];

export const STUDY_VISIT_SETTINGS = ['inpatient', 'outpatient', 'community'] as const;
export type StudyVisitSetting = (typeof STUDY_VISIT_SETTINGS)[number];

/** A text with a stable id: learning outcomes, competences, rubric criteria. */
export interface IdentifiedText {
  readonly id: string;
  readonly text: Text;
}

export type LearningOutcome = IdentifiedText;
export type Competence = IdentifiedText;
/** One observable criterion; a course leader marks it as shown or not yet shown. */
export type RubricCriterion = IdentifiedText;

export interface Theme {
  readonly id: string;
  readonly title: Text;
}

/** One scheduled session of a course day. Breaks are not sessions. */
export interface Session {
  readonly title: Text;
  readonly kind: SessionKind;
  readonly minutes: number;
}

export interface Exercise {
  /** Unique within the course. */
  readonly id: string;
  readonly title: Text;
  readonly instructions: Text;
}

export interface CourseDay {
  /** 1..dayCount; the stable key of a day within a course version. */
  readonly number: number;
  readonly title: Text;
  /** Ids of the course's `themes`. */
  readonly themes: readonly string[];
  /** Ids unique within the course. */
  readonly learningOutcomes: readonly LearningOutcome[];
  readonly sessions: readonly Session[];
  /** Ids of role-play scenarios practised this day. */
  readonly rolePlays: readonly string[];
  readonly exercises: readonly Exercise[];
}

export interface StudyVisitRequirement {
  /** Unique within the course. */
  readonly id: string;
  /** A kind from `study-visit-kinds.yaml`. */
  readonly kind: string;
  readonly title: Text;
  readonly purpose: Text;
  /** Minimum length of the visit, in hours. Not part of `Course.hours`. */
  readonly minHours: number;
  /** 3 to 5 questions the trainee reflects on after the visit. */
  readonly reflectionQuestions: readonly Text[];
}

export interface AttendanceRule {
  /**
   * Every scheduled day must be attended or made up; at most this many
   * absent days may be made up.
   */
  readonly maxMadeUpAbsences: number;
  /** Allowed ways to make up an absent day; empty when none may be made up. */
  readonly makeUpMethods: readonly MakeUpMethod[];
  /** What a compensatory assignment should contain; present when `assignment` is allowed. */
  readonly assignmentGuidance?: Text;
}

export interface CompletionRequirements {
  readonly attendance: AttendanceRule;
  /**
   * Ids of role-play scenarios that must be passed. A scenario is passed
   * when a course leader has marked every rubric criterion as shown. Each is
   * practised on at least one day of the course.
   */
  readonly rolePlays: readonly string[];
  /** Ids of the course's `studyVisits` that must be approved. */
  readonly studyVisits: readonly string[];
}

export interface CertificateContent {
  readonly title: Text;
  /** A short description of what the holder can do. */
  readonly description: Text;
  /** The competences the certificate states. */
  readonly competences: readonly Competence[];
}

/**
 * How long a certificate of a course stays valid after it is issued. A
 * course without one issues certificates that never expire (published
 * versions from before validity became curriculum data).
 */
export interface Validity {
  /** Whole calendar years, 1..10. */
  readonly years: number;
  /** What renews a certificate for another period; absent when it can only be earned again. */
  readonly renewal?: RenewalRules;
}

/**
 * What a holder needs to renew a certificate: a valid certificate of each
 * course in `courses` issued on or after the renewed certificate's issue
 * date, and `supervisionHours` of supervision attended between that issue
 * date and the end of the renewed certificate's validity.
 */
export interface RenewalRules {
  /** Course ids, never the course itself. */
  readonly courses: readonly string[];
  /** 0..200, at most one decimal. */
  readonly supervisionHours: number;
}

export interface Course {
  readonly id: string;
  readonly kind: CourseKind;
  readonly title: Text;
  readonly summary: Text;
  /** Languages the course is taught in. */
  readonly language: readonly Language[];
  /** Ids of courses that must be completed first. */
  readonly prerequisites: readonly string[];
  /** Always equal to `days.length`; the days are numbered 1..dayCount. */
  readonly dayCount: number;
  /** Scheduled teaching hours: the sum of all session minutes / 60. */
  readonly hours: number;
  readonly themes: readonly Theme[];
  /** Sorted by `number`. */
  readonly days: readonly CourseDay[];
  /** Study visits the course defines; `completion.studyVisits` says which are required. */
  readonly studyVisits: readonly StudyVisitRequirement[];
  readonly completion: CompletionRequirements;
  readonly certificate: CertificateContent;
  /** Validity period of the certificate; absent when it never expires. */
  readonly validity?: Validity;
}

export interface RolePlayRole {
  readonly role: RoleKind;
  /** What the person playing this role knows and does. */
  readonly brief: Text;
}

/** A fictional practice situation. Never contains real patient data. */
export interface RolePlayScenario {
  readonly id: string;
  readonly title: Text;
  readonly situation: Text;
  /** Exactly one peer-supporter and at least one service-user. */
  readonly roles: readonly RolePlayRole[];
  /** 4 to 6 criteria. */
  readonly rubric: readonly RubricCriterion[];
  readonly debriefQuestions: readonly Text[];
}

/** An entry of the closed list of unit kinds a study visit may name. */
export interface StudyVisitKind {
  readonly id: string;
  readonly title: Text;
  readonly setting: StudyVisitSetting;
}

export interface CurriculumBundle {
  /** Sorted: base courses, then modules, then refreshers; by id within a kind. */
  readonly courses: readonly Course[];
  /** Sorted by id. Courses refer to them by id. */
  readonly scenarios: readonly RolePlayScenario[];
  /** Sorted by id. */
  readonly studyVisitKinds: readonly StudyVisitKind[];
}

/** Sum of all session minutes of a course. */
export function courseMinutes(course: Pick<Course, 'days'>): number {
  return course.days.reduce((total, day) => total + dayMinutes(day), 0);
}

/** Sum of the session minutes of one day. */
export function dayMinutes(day: Pick<CourseDay, 'sessions'>): number {
  return day.sessions.reduce((total, session) => total + session.minutes, 0);
}

/**
 * The organisation a course or scenario id belongs to: an organisation's own
 * content is namespaced `<organisation-slug>.<name>`, national content has no
 * prefix. The id carries the owner so that a published version needs no other
 * field to say whose it is.
 */
export function ownerOf(id: string): string | null {
  const dot = id.indexOf('.');
  return dot < 0 ? null : id.slice(0, dot);
}

/** Whether content owned by `owner` (null: national) may refer to the course or scenario `id`: national content, or its own. */
export function mayRefer(owner: string | null, id: string): boolean {
  const target = ownerOf(id);
  return target === null || target === owner;
}

/** Ids of all scenarios a course refers to (practised on a day or required), sorted. */
export function referencedScenarioIds(course: Pick<Course, 'days' | 'completion'>): string[] {
  const ids = new Set<string>(course.completion.rolePlays);
  for (const day of course.days) {
    for (const id of day.rolePlays) ids.add(id);
  }
  return [...ids].sort();
}

/** The format tag of a published course version's content. */
export const COURSE_VERSION_FORMAT = 'peer-academy.course-version/1';

/**
 * Everything a published version of a course contains: the course with its
 * days, and the role-play scenarios it refers to (sorted by id). Self-contained,
 * so a published version never changes when the files change later.
 */
export interface CourseVersionContent {
  readonly format: typeof COURSE_VERSION_FORMAT;
  readonly course: Course;
  readonly scenarios: readonly RolePlayScenario[];
}

/** Names one published version of a course; cohorts and certificates are pinned to one. */
export interface CurriculumRef {
  readonly courseId: string;
  readonly version: number;
}

export type CourseChangeKind = 'added' | 'removed' | 'changed';

/**
 * One difference between two course versions.
 *
 * `path` names the place in the version content, e.g.
 * `course.days[number=7].sessions[2].minutes` or
 * `scenarios[id=boundary-question].rubric[id=explains-why].text.sv`.
 * Lists of objects with an `id` (or, for days, a `number`) are matched by that
 * key, so inserting an item does not show every later item as changed.
 * Other lists are aligned by content; an index refers to the newer version,
 * except for a removed item, whose index refers to the older one. When the
 * items of a keyed list are only reordered, the list itself is `changed`
 * with the keys in their old and new order.
 */
export interface CourseChange {
  readonly path: string;
  readonly kind: CourseChangeKind;
  /** The old value; absent for `added`. */
  readonly before?: unknown;
  /** The new value; absent for `removed`. */
  readonly after?: unknown;
}
