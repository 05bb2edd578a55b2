/**
 * fast-check arbitraries for the completion engine's property tests.
 * Not part of the library's public API.
 */
import fc from 'fast-check';
import { MAKE_UP_METHODS, type AttendanceRule, type CourseVersionContent } from '@peer/curriculum/model';
import {
  ATTENDANCE_STATUSES,
  ROLE_PLAY_RESULTS,
  STUDY_VISIT_STATUSES,
  type AttendanceMark,
  type AttendanceStatus,
  type CompletionInput,
  type MakeUpRecord,
  type RolePlayAttempt,
  type RolePlayResult,
  type ScheduledDay,
  type StudyVisitRecord,
  type StudyVisitStatus,
} from '../lib/types';
import { smallCourseContent } from './course-fixture';

/** Everything of an input but the curriculum. */
export type CompletionRecords = Omit<CompletionInput, 'content'>;

const DATES = ['2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'] as const;
export const arbDate = fc.constantFrom(...DATES);

export const arbAttendanceRule: fc.Arbitrary<AttendanceRule> = fc.record({
  maxMadeUpAbsences: fc.integer({ min: 0, max: 3 }),
  makeUpMethods: fc.subarray([...MAKE_UP_METHODS]),
});

/** A small course: 1–5 days, 0–3 required role-plays and study visits. */
export const arbContent: fc.Arbitrary<CourseVersionContent> = fc
  .record({
    dayCount: fc.integer({ min: 1, max: 5 }),
    scenarioCount: fc.integer({ min: 0, max: 3 }),
    studyVisitCount: fc.integer({ min: 0, max: 3 }),
    attendance: arbAttendanceRule,
  })
  .map(smallCourseContent);

function weighted<T>(...choices: [T, number][]): fc.Arbitrary<T> {
  return fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
}

const arbMarkStatus = weighted<AttendanceStatus>(['present', 6], ['late', 2], ['absent_excused', 1], ['absent_unexcused', 1]);
const arbVisitStatus = weighted<StudyVisitStatus>(
  ['approved', 6],
  ...STUDY_VISIT_STATUSES.filter((status) => status !== 'approved').map((status): [StudyVisitStatus, number] => [status, 1]),
);
const arbSignedAt = fc.constantFrom('2026-01-12T10:00:00+01:00', '2026-01-19T15:30:00+01:00', '2026-02-02T09:15:00+01:00');

/**
 * Records for one trainee in a cohort following `content`. Biased so that a
 * fair share of them is certifiable: most days are attended, most role-plays
 * and study visits done; on top of that, a few records of any kind, for days
 * outside the course, and for role-plays and study visits it does not require.
 */
export function arbRecords(content: CourseVersionContent): fc.Arbitrary<CompletionRecords> {
  const { course } = content;
  const days = course.days.map((day) => day.number);
  const anyDay = fc.integer({ min: 0, max: course.dayCount + 1 });
  const scenarioIds = [...course.completion.rolePlays, 'unrequired-scenario'];
  const visitIds = [...course.completion.studyVisits, 'unrequired-visit'];

  const schedule: fc.Arbitrary<ScheduledDay[]> = fc.oneof(
    fc.tuple(...days.map((dayNumber) => arbDate.map((date) => ({ dayNumber, date })))),
    fc.array(fc.record({ dayNumber: anyDay, date: arbDate }), { maxLength: course.dayCount + 2 }),
  );
  const attendance: fc.Arbitrary<AttendanceMark[]> = fc
    .tuple(
      fc.tuple(...days.map((dayNumber) => fc.option(arbMarkStatus.map((status) => ({ dayNumber, status })), { freq: 8 }))),
      fc.array(fc.record({ dayNumber: anyDay, status: fc.constantFrom(...ATTENDANCE_STATUSES) }), { maxLength: 2 }),
    )
    .map(([perDay, extra]) => [...perDay.filter((mark) => mark !== null), ...extra]);
  const makeUps: fc.Arbitrary<MakeUpRecord[]> = fc.array(
    fc.record(
      { dayNumber: anyDay, method: fc.constantFrom(...MAKE_UP_METHODS), date: arbDate },
      { requiredKeys: ['dayNumber', 'method'] },
    ),
    { maxLength: course.dayCount + 1 },
  );
  const rolePlays: fc.Arbitrary<RolePlayAttempt[]> = fc
    .tuple(
      fc.tuple(
        ...course.completion.rolePlays.map((scenarioId) =>
          fc.array(
            fc.record({
              scenarioId: fc.constant(scenarioId),
              result: weighted<RolePlayResult>(['passed', 3], ['not_yet', 1]),
              signedAt: arbSignedAt,
            }),
            { maxLength: 3 },
          ),
        ),
      ),
      fc.array(
        fc.record({ scenarioId: fc.constantFrom(...scenarioIds), result: fc.constantFrom(...ROLE_PLAY_RESULTS), signedAt: arbSignedAt }),
        { maxLength: 2 },
      ),
    )
    .map(([perScenario, extra]) => [...perScenario.flat(), ...extra]);
  const studyVisits: fc.Arbitrary<StudyVisitRecord[]> = fc
    .tuple(
      fc.tuple(
        ...course.completion.studyVisits.map((requirementId) =>
          fc.array(fc.record({ requirementId: fc.constant(requirementId), status: arbVisitStatus }), { maxLength: 2 }),
        ),
      ),
      fc.array(fc.record({ requirementId: fc.constantFrom(...visitIds), status: fc.constantFrom(...STUDY_VISIT_STATUSES) }), {
        maxLength: 2,
      }),
    )
    .map(([perVisit, extra]) => [...perVisit.flat(), ...extra]);

  return fc.record(
    {
      schedule,
      attendance,
      makeUps,
      rolePlays,
      studyVisits,
      withdrawn: weighted<boolean | undefined>([undefined, 4], [false, 2], [true, 1]),
      today: arbDate,
    },
    { requiredKeys: ['schedule', 'attendance', 'makeUps', 'rolePlays', 'studyVisits', 'today'] },
  );
}

/** A course and records that follow it. */
export const arbInput: fc.Arbitrary<CompletionInput> = arbContent.chain((content) =>
  arbRecords(content).map((records): CompletionInput => ({ content, ...records })),
);

/** A permutation of every record list of an input. */
export function arbShuffled(input: CompletionInput): fc.Arbitrary<CompletionInput> {
  const shuffle = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
  return fc
    .record({
      schedule: shuffle(input.schedule),
      attendance: shuffle(input.attendance),
      makeUps: shuffle(input.makeUps),
      rolePlays: shuffle(input.rolePlays),
      studyVisits: shuffle(input.studyVisits),
    })
    .map((lists) => ({ ...input, ...lists }));
}
