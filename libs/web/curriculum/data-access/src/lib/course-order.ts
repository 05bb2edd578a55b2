import type { CourseKind } from '@peer/curriculum/model';

/** The order courses are presented in: the base course, then modules, then refreshers. */
export const COURSE_KIND_ORDER: readonly CourseKind[] = ['base', 'module', 'refresher'];

/** Sorts by kind (see {@link COURSE_KIND_ORDER}), keeping the given order within a kind. */
export function sortCourses<T extends { readonly kind: CourseKind }>(courses: readonly T[]): T[] {
  const rank = (kind: CourseKind) => {
    const index = COURSE_KIND_ORDER.indexOf(kind);
    return index === -1 ? COURSE_KIND_ORDER.length : index;
  };
  return courses
    .map((course, index) => ({ course, index }))
    .sort((a, b) => rank(a.course.kind) - rank(b.course.kind) || a.index - b.index)
    .map(({ course }) => course);
}
