import * as fc from 'fast-check';
import { shippedCurriculum } from '../testing/curriculum-fixture';
import { canonicalCourse, courseVersionContent, type CourseVersionContent } from './canonical';
import { diffCourseVersions } from './diff';
import { loadValidCurriculum } from './load';
import type { Course, CourseDay, RolePlayScenario } from './model';

const bundle = loadValidCurriculum(shippedCurriculum());
const base = bundle.courses.find((c) => c.id === 'base') as Course;
const v1 = courseVersionContent(base, bundle.scenarios);

/** A new version of the base course with one day edited. */
const withDay = (number: number, edit: (day: CourseDay) => CourseDay, course: Course = base): Course => ({
  ...course,
  days: course.days.map((d) => (d.number === number ? edit(d) : d)),
});
const withScenario = (id: string, edit: (s: RolePlayScenario) => RolePlayScenario): RolePlayScenario[] =>
  bundle.scenarios.map((s) => (s.id === id ? edit(s) : s));

describe('diffCourseVersions', () => {
  it('finds nothing between identical versions', () => {
    expect(diffCourseVersions(v1, v1)).toEqual([]);
    expect(diffCourseVersions(canonicalCourse(base, bundle.scenarios), v1)).toEqual([]);
  });

  it('names a changed value by day number and session index', () => {
    const v2 = courseVersionContent(
      withDay(5, (d) => ({ ...d, sessions: d.sessions.map((s, i) => (i === 1 ? { ...s, minutes: 45 } : s)) })),
      bundle.scenarios,
    );
    expect(diffCourseVersions(v1, v2)).toEqual([
      { path: 'course.days[number=5].sessions[1].minutes', kind: 'changed', before: 60, after: 45 },
    ]);
  });

  it('shows an inserted session as one addition, not as a change of every later session', () => {
    const session = { title: { sv: 'Paus för rörelse', en: 'Movement break' }, kind: 'exercise' as const, minutes: 15 };
    const v2 = courseVersionContent(
      withDay(8, (d) => ({ ...d, sessions: [...d.sessions.slice(0, 2), session, ...d.sessions.slice(2)] })),
      bundle.scenarios,
    );
    expect(diffCourseVersions(v1, v2)).toEqual([{ path: 'course.days[number=8].sessions[2]', kind: 'added', after: session }]);
  });

  it('shows a removed session at its index in the older version', () => {
    const removed = base.days[0].sessions[3];
    const v2 = courseVersionContent(
      withDay(1, (d) => ({ ...d, sessions: d.sessions.filter((_, i) => i !== 3) })),
      bundle.scenarios,
    );
    expect(diffCourseVersions(v1, v2)).toEqual([{ path: 'course.days[number=1].sessions[3]', kind: 'removed', before: removed }]);
  });

  it('matches rubric criteria by id and reports additions, translations and reordering', () => {
    const criterion = { id: 'keeps-warmth', text: { sv: 'Behåller värmen.', en: 'Keeps the warmth.' } };
    const scenarios = withScenario('boundary-question', (s) => ({
      ...s,
      rubric: [
        { ...s.rubric[1], text: { ...s.rubric[1].text, en: 'Explains the reason for the boundary.' } },
        s.rubric[0],
        ...s.rubric.slice(2),
        criterion,
      ],
    }));
    const v2 = courseVersionContent(base, scenarios);
    const rubric = 'scenarios[id=boundary-question].rubric';
    expect(diffCourseVersions(v1, v2)).toEqual([
      {
        path: `${rubric}[id=explains-why].text.en`,
        kind: 'changed',
        before: 'Explains why the boundary exists, from the role and not as a rejection of the person.',
        after: 'Explains the reason for the boundary.',
      },
      { path: `${rubric}[id=keeps-warmth]`, kind: 'added', after: criterion },
      {
        path: rubric,
        kind: 'changed',
        before: ['says-no-clearly', 'explains-why', 'acknowledges-relationship', 'offers-alternatives', 'brings-to-supervision'],
        after: ['explains-why', 'says-no-clearly', 'acknowledges-relationship', 'offers-alternatives', 'brings-to-supervision'],
      },
    ]);
  });

  it('reports a removed day, the new day count and hours, and a scenario no longer referenced', () => {
    const v2 = courseVersionContent(
      {
        ...base,
        dayCount: 11,
        hours: 66,
        days: base.days.filter((d) => d.number !== 4),
        completion: { ...base.completion, rolePlays: base.completion.rolePlays.filter((id) => id !== 'first-meeting-at-admission') },
      },
      bundle.scenarios,
    );
    const changes = diffCourseVersions(v1, v2);
    expect(changes.map(({ path, kind }) => `${kind} ${path}`)).toEqual([
      'removed course.completion.rolePlays[0]',
      'changed course.dayCount',
      'removed course.days[number=4]',
      'changed course.hours',
      'removed scenarios[id=first-meeting-at-admission]',
    ]);
    expect(changes[1]).toEqual({ path: 'course.dayCount', kind: 'changed', before: 12, after: 11 });
  });

  it('reports an added property', () => {
    const visit = base.studyVisits[0];
    const withoutPurpose = Object.fromEntries(Object.entries(visit).filter(([key]) => key !== 'purpose'));
    const older: CourseVersionContent = courseVersionContent(
      { ...base, studyVisits: [withoutPurpose as unknown as typeof visit, base.studyVisits[1]] },
      bundle.scenarios,
    );
    expect(diffCourseVersions(older, v1)).toEqual([
      { path: 'course.studyVisits[id=inpatient-visit].purpose', kind: 'added', after: visit.purpose },
    ]);
  });

  it('finds exactly the one session length that changed, for any day and session', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.integer({ min: 1, max: 96 }), (number, pick, fives) => {
        const day = base.days[number - 1];
        const index = pick % day.sessions.length;
        const minutes = fives * 5;
        const before = day.sessions[index].minutes;
        const v2 = courseVersionContent(
          withDay(number, (d) => ({ ...d, sessions: d.sessions.map((s, i) => (i === index ? { ...s, minutes } : s)) })),
          bundle.scenarios,
        );
        const expected =
          minutes === before
            ? []
            : [{ path: `course.days[number=${number}].sessions[${index}].minutes`, kind: 'changed', before, after: minutes }];
        expect(diffCourseVersions(v1, v2)).toEqual(expected);
      }),
    );
  });
});
