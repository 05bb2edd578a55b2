import { sortCourses } from './course-order';

describe('sortCourses', () => {
  it('puts the base course first, then modules, then refreshers, keeping order within a kind', () => {
    const courses = [
      { id: 'refresher', kind: 'refresher' as const },
      { id: 'psychosis', kind: 'module' as const },
      { id: 'base', kind: 'base' as const },
      { id: 'addiction', kind: 'module' as const },
    ];

    expect(sortCourses(courses).map((c) => c.id)).toEqual(['base', 'psychosis', 'addiction', 'refresher']);
  });
});
