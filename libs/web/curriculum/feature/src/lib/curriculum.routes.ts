import { Routes } from '@angular/router';
import { roleGuard } from '@peer/web/auth/data-access';

/** Mount at `curriculum`, behind `signedInGuard`. Route parameters reach the pages as inputs. */
export const curriculumRoutes: Routes = [
  {
    path: '',
    title: 'curriculum.title',
    loadComponent: () => import('./course-list-page/course-list-page').then((m) => m.CourseListPage),
  },
  {
    path: 'publish',
    title: 'curriculum.publish.heading',
    // The national administrator publishes the national courses; an organisation's administrator her
    // organisation's own modules (`<org-slug>.<name>`).
    canActivate: [roleGuard('national_admin', 'admin')],
    loadComponent: () => import('./publish-page/publish-page').then((m) => m.PublishPage),
  },
  {
    path: ':courseId',
    title: 'curriculum.course.title',
    loadComponent: () => import('./course-page/course-page').then((m) => m.CoursePage),
  },
  {
    path: ':courseId/versions/:version',
    title: 'curriculum.course.title',
    loadComponent: () => import('./course-page/course-page').then((m) => m.CoursePage),
  },
];
