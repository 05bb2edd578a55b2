/**
 * The completion engine: which requirements of a course a trainee has met,
 * and whether the trainee can be certified.
 *
 * Evaluated whenever progress is read: pure, deterministic, independent of
 * the order of the records, and without access to a clock (the caller passes
 * `today`). Runs in the browser as well as on the server.
 *
 * Rules:
 * - Attendance counts every curriculum day 1..dayCount. A day is met when the
 *   trainee was present (or late), or was absent and a make-up with a method
 *   the course allows is recorded. A make-up only applies to a day marked
 *   absent. An absent day without a make-up is an open make-up obligation.
 *   An unmarked day is pending (not scheduled, not taken place yet, or
 *   attendance not recorded).
 * - At most `maxMadeUpAbsences` absent days may be made up. When there are
 *   more absent days (made up or not), `attendance-limit` fails, absent days
 *   not made up fail too and are no longer open obligations: the trainee
 *   must retake the course. The same holds for an absent day when the course
 *   allows no make-up method.
 * - Each required role-play needs at least one `passed` attempt.
 * - Each required study visit needs an `approved` record.
 * - A withdrawn trainee fails `enrolment` and has no open make-ups.
 * - Each course the course requires (`prerequisites`) needs a valid certificate
 *   of that course: not revoked, not superseded, not expired. Until the trainee
 *   holds one, the requirement is pending.
 * - Certifiable iff every requirement is met.
 *
 * The input should hold at most one attendance mark per day and one schedule
 * entry per day. When there are several, the most favourable mark counts
 * (present, late, absent_excused, absent_unexcused) and the earliest date.
 */
import { MAKE_UP_METHODS, type Course, type CourseVersionContent, type MakeUpMethod, type Text } from '@peer/curriculum/model';
import * as texts from './texts';
import type {
  HeldCertificateStatus,
  AttendanceMark,
  AttendanceStatus,
  CompletionInput,
  CompletionResult,
  MakeUpRecord,
  OpenMakeUp,
  PendingAttention,
  RequirementStatus,
  ScheduledDay,
  StudyVisitRecord,
  StudyVisitStatus,
} from './types';

export const ATTENDANCE_LIMIT_REQUIREMENT_ID = 'attendance-limit';
export const ENROLMENT_REQUIREMENT_ID = 'enrolment';

export function attendanceRequirementId(dayNumber: number): string {
  return `attendance:day-${dayNumber}`;
}

export function rolePlayRequirementId(scenarioId: string): string {
  return `role-play:${scenarioId}`;
}

export function studyVisitRequirementId(requirementId: string): string {
  return `study-visit:${requirementId}`;
}

export function prerequisiteRequirementId(courseId: string): string {
  return `prerequisite:${courseId}`;
}

/**
 * The ids of every requirement of a course version, in the order
 * `evaluateCompletion` lists them: the days 1..dayCount, the absence limit,
 * the required role-plays and study visits in curriculum order, enrolment, the
 * prerequisite courses in curriculum order.
 * The columns of a cohort × requirement matrix.
 */
export function requirementIds(content: CourseVersionContent): string[] {
  const { course } = content;
  return [
    ...dayNumbers(course).map(attendanceRequirementId),
    ATTENDANCE_LIMIT_REQUIREMENT_ID,
    ...unique(course.completion.rolePlays).map(rolePlayRequirementId),
    ...unique(course.completion.studyVisits).map(studyVisitRequirementId),
    ENROLMENT_REQUIREMENT_ID,
    ...unique(course.prerequisites).map(prerequisiteRequirementId),
  ];
}

/** The prerequisite courses the trainee holds no valid certificate of, in order. */
export function missingPrerequisites(result: CompletionResult): RequirementStatus[] {
  return result.requirements.filter((requirement) => requirement.kind === 'prerequisite' && requirement.status !== 'met');
}

/** The requirements that are not met, in order. */
export function missingRequirements(result: CompletionResult): RequirementStatus[] {
  return result.requirements.filter((requirement) => requirement.status !== 'met');
}

export function evaluateCompletion(input: CompletionInput): CompletionResult {
  const { course } = input.content;
  const attendance = evaluateAttendance(input);
  const requirements: RequirementStatus[] = [
    ...attendance.requirements,
    ...unique(course.completion.rolePlays).map((id) => evaluateRolePlay(input, id)),
    ...unique(course.completion.studyVisits).map((id) => evaluateStudyVisit(input, id)),
    evaluateEnrolment(input),
    ...unique(course.prerequisites).map((id) => evaluatePrerequisite(input, id)),
  ];
  const count = (status: RequirementStatus['status']) => requirements.filter((r) => r.status === status).length;
  const summary = { met: count('met'), pending: count('pending'), failed: count('failed'), total: requirements.length };
  return {
    certifiable: summary.met === summary.total,
    requirements,
    openMakeUps: input.withdrawn ? [] : attendance.openMakeUps,
    summary,
  };
}

// Attendance

/** How much a mark counts towards attendance; the highest of several marks wins. */
const MARK_RANK: Record<AttendanceStatus, number> = { present: 3, late: 2, absent_excused: 1, absent_unexcused: 0 };

function isAbsent(status: AttendanceStatus | undefined): boolean {
  return status === 'absent_excused' || status === 'absent_unexcused';
}

function evaluateAttendance(input: CompletionInput): { requirements: RequirementStatus[]; openMakeUps: OpenMakeUp[] } {
  const { course } = input.content;
  const rule = course.completion.attendance;
  // Canonical order, so the first allowed make-up of a day does not depend on the curriculum's list order.
  const allowed = MAKE_UP_METHODS.filter((method) => rule.makeUpMethods.includes(method));
  const days = dayNumbers(course);
  const marks = markByDay(input.attendance);
  const dates = dateByDay(input.schedule);
  const makeUps = makeUpByDay(input.makeUps, allowed);
  const absentDays = days.filter((day) => isAbsent(marks.get(day))).length;
  const overLimit = absentDays > rule.maxMadeUpAbsences;

  const requirements: RequirementStatus[] = [];
  const openMakeUps: OpenMakeUp[] = [];
  for (const day of days) {
    const mark = marks.get(day);
    const date = dates.get(day);
    const status = (state: RequirementStatus['status'], reason: Text, attention?: PendingAttention): RequirementStatus => ({
      id: attendanceRequirementId(day),
      kind: 'attendance',
      status: state,
      label: texts.dayLabel(day, course.days.find((d) => d.number === day)?.title),
      reason,
      // A withdrawn trainee's days ask nothing of anyone.
      ...(attention && !input.withdrawn ? { attention } : {}),
    });
    if (mark === 'present') {
      requirements.push(status('met', texts.dayPresent(day)));
    } else if (mark === 'late') {
      requirements.push(status('met', texts.dayLate(day)));
    } else if (isAbsent(mark)) {
      const makeUp = makeUps.get(day);
      if (makeUp) {
        requirements.push(status('met', texts.dayMadeUp(day, makeUp.method, makeUp.date)));
      } else if (allowed.length === 0) {
        requirements.push(status('failed', texts.dayMissingNoMakeUp(day)));
      } else if (overLimit) {
        requirements.push(status('failed', texts.dayMissingOverLimit(day)));
      } else {
        const reason = texts.dayMissing(day, allowed);
        requirements.push(status('pending', reason, 'blocked'));
        openMakeUps.push(date === undefined ? { dayNumber: day, reason } : { dayNumber: day, date, reason });
      }
    } else if (date === undefined) {
      requirements.push(status('pending', texts.dayNotScheduled(day), 'upcoming'));
    } else if (date >= input.today) {
      requirements.push(status('pending', texts.dayUpcoming(day, date), 'upcoming'));
    } else {
      requirements.push(status('pending', texts.dayNotRecorded(day), 'overdue'));
    }
  }

  requirements.push({
    id: ATTENDANCE_LIMIT_REQUIREMENT_ID,
    kind: 'attendance-limit',
    status: overLimit ? 'failed' : 'met',
    label: texts.ATTENDANCE_LIMIT_LABEL,
    reason: overLimit
      ? texts.overAbsenceLimit(absentDays, rule.maxMadeUpAbsences)
      : absentDays === 0
        ? texts.noAbsences()
        : texts.withinAbsenceLimit(absentDays, rule.maxMadeUpAbsences),
  });
  return { requirements, openMakeUps };
}

function markByDay(marks: readonly AttendanceMark[]): Map<number, AttendanceStatus> {
  const byDay = new Map<number, AttendanceStatus>();
  for (const { dayNumber, status } of marks) {
    const current = byDay.get(dayNumber);
    if (current === undefined || MARK_RANK[status] > MARK_RANK[current]) byDay.set(dayNumber, status);
  }
  return byDay;
}

function dateByDay(schedule: readonly ScheduledDay[]): Map<number, string> {
  const byDay = new Map<number, string>();
  for (const { dayNumber, date } of schedule) {
    const current = byDay.get(dayNumber);
    if (current === undefined || date < current) byDay.set(dayNumber, date);
  }
  return byDay;
}

/**
 * The make-up that counts for each day: only allowed methods; of several,
 * the first method in canonical order, then the earliest date (an undated
 * record after the dated ones).
 */
function makeUpByDay(makeUps: readonly MakeUpRecord[], allowed: readonly MakeUpMethod[]): Map<number, MakeUpRecord> {
  const sortKey = (record: MakeUpRecord) => [allowed.indexOf(record.method), record.date ?? '\uffff'] as const;
  const before = (a: MakeUpRecord, b: MakeUpRecord) => {
    const [methodA, dateA] = sortKey(a);
    const [methodB, dateB] = sortKey(b);
    return methodA !== methodB ? methodA < methodB : dateA < dateB;
  };
  const byDay = new Map<number, MakeUpRecord>();
  for (const record of makeUps) {
    if (!allowed.includes(record.method)) continue;
    const current = byDay.get(record.dayNumber);
    if (current === undefined || before(record, current)) byDay.set(record.dayNumber, record);
  }
  return byDay;
}

// Role-plays

function evaluateRolePlay(input: CompletionInput, scenarioId: string): RequirementStatus {
  const title = input.content.scenarios.find((scenario) => scenario.id === scenarioId)?.title ?? fallbackText(scenarioId);
  const attempts = input.rolePlays.filter((attempt) => attempt.scenarioId === scenarioId);
  const base = { id: rolePlayRequirementId(scenarioId), kind: 'role-play' as const, label: texts.rolePlayLabel(title) };
  if (attempts.some((attempt) => attempt.result === 'passed')) {
    return { ...base, status: 'met', reason: texts.rolePlayPassed(title) };
  }
  return {
    ...base,
    status: 'pending',
    reason: attempts.length > 0 ? texts.rolePlayNotYetPassed(title, attempts.length) : texts.rolePlayNotObserved(title),
  };
}

// Study visits

/** How far a study visit has come; of several records for one requirement, the furthest counts. */
const VISIT_RANK: Record<StudyVisitStatus, number> = {
  // Any other record of the requirement says more than a visit that did not take place.
  not_held: -1,
  planned: 0,
  awaiting_host: 1,
  confirmed: 2,
  returned: 3,
  reflected: 4,
  approved: 5,
};

function evaluateStudyVisit(input: CompletionInput, requirementId: string): RequirementStatus {
  const title =
    input.content.course.studyVisits.find((visit) => visit.id === requirementId)?.title ?? fallbackText(requirementId);
  const status = furthestStatus(input.studyVisits.filter((record) => record.requirementId === requirementId));
  return {
    id: studyVisitRequirementId(requirementId),
    kind: 'study-visit',
    status: status === 'approved' ? 'met' : 'pending',
    label: title,
    reason: texts.studyVisitReason(title, status),
  };
}

function furthestStatus(records: readonly StudyVisitRecord[]): StudyVisitStatus | undefined {
  let furthest: StudyVisitStatus | undefined;
  for (const { status } of records) {
    if (furthest === undefined || VISIT_RANK[status] > VISIT_RANK[furthest]) furthest = status;
  }
  return furthest;
}

// Enrolment

function evaluateEnrolment(input: CompletionInput): RequirementStatus {
  return {
    id: ENROLMENT_REQUIREMENT_ID,
    kind: 'enrolment',
    status: input.withdrawn ? 'failed' : 'met',
    label: texts.ENROLMENT_LABEL,
    reason: input.withdrawn ? texts.withdrawn() : texts.enrolled(),
  };
}

// Prerequisites

/** Of several certificates of one course, the one that says most: valid, then expired, renewed, revoked, superseded. */
const CERTIFICATE_RANK: Record<HeldCertificateStatus, number> = { valid: 4, expired: 3, renewed: 2, revoked: 1, superseded: 0 };

function evaluatePrerequisite(input: CompletionInput, courseId: string): RequirementStatus {
  const title = input.courseTitles?.[courseId] ?? fallbackText(courseId);
  let best: HeldCertificateStatus | undefined;
  for (const { courseId: held, status } of input.certificates ?? []) {
    if (held === courseId && (best === undefined || CERTIFICATE_RANK[status] > CERTIFICATE_RANK[best])) best = status;
  }
  return {
    id: prerequisiteRequirementId(courseId),
    kind: 'prerequisite',
    status: best === 'valid' ? 'met' : 'pending',
    label: texts.prerequisiteLabel(title),
    reason: best === 'valid' ? texts.prerequisiteHeld(title) : texts.prerequisiteMissing(title, best),
  };
}

// Helpers

function dayNumbers(course: Pick<Course, 'dayCount'>): number[] {
  return Array.from({ length: course.dayCount }, (_, index) => index + 1);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Shown when a curriculum version lacks a title for an id it requires (a published version never does). */
function fallbackText(id: string): Text {
  return { sv: id, en: id };
}
