import { Routes } from '@angular/router';

/**
 * Mount at `cohorts`, behind `signedInGuard` and `roleGuard('admin', 'course_leader')`.
 * Route and query parameters reach the pages as inputs.
 */
export const cohortsRoutes: Routes = [
  {
    path: '',
    title: 'cohorts.title',
    loadComponent: () => import('./cohort-list-page/cohort-list-page').then((m) => m.CohortListPage),
  },
  {
    path: ':cohortId',
    title: 'cohorts.cohort.title',
    loadComponent: () => import('./cohort-page/cohort-page').then((m) => m.CohortPage),
  },
  {
    path: ':cohortId/days/:dayNumber/attendance',
    title: 'cohorts.attendance.title',
    loadComponent: () => import('./attendance-page/attendance-page').then((m) => m.AttendancePage),
  },
  {
    path: ':cohortId/attendance-history',
    title: 'cohorts.history.title',
    loadComponent: () => import('./attendance-history-page/attendance-history-page').then((m) => m.AttendanceHistoryPage),
  },
  {
    path: ':cohortId/progress',
    title: 'cohorts.progress.title',
    loadComponent: () => import('./progress-page/progress-page').then((m) => m.ProgressPage),
  },
  {
    path: ':cohortId/progress/:traineeId',
    title: 'cohorts.traineeProgress.title',
    loadComponent: () => import('./trainee-progress-page/trainee-progress-page').then((m) => m.TraineeProgressPage),
  },
];

/** Mount at `invitations`, open to everyone: the invitation mail's one-time link. */
export const invitationRoutes: Routes = [
  {
    path: ':token',
    title: 'invitations.page.title',
    loadComponent: () => import('./invitation-page/invitation-page').then((m) => m.InvitationPage),
  },
];
