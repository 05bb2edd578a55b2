import { Routes } from '@angular/router';

/**
 * The course leaders' pages, to mount next to `cohortsRoutes` at `cohorts` (behind
 * `signedInGuard` and `roleGuard('admin', 'course_leader')`). Route parameters reach the
 * pages as inputs.
 */
export const practiceCohortRoutes: Routes = [
  {
    path: ':cohortId/trainees/:enrolmentId/role-plays/:scenarioId',
    title: 'practice.observation.title',
    loadComponent: () => import('./observation-page/observation-page').then((m) => m.ObservationPage),
  },
  {
    path: ':cohortId/study-visits',
    title: 'practice.queue.title',
    loadComponent: () => import('./study-visit-queue-page/study-visit-queue-page').then((m) => m.StudyVisitQueuePage),
  },
];

/** The trainee's practice section, to mount at `training` next to `trainingRoutes` (behind `roleGuard('trainee')`). */
export const practiceTrainingRoutes: Routes = [
  {
    path: 'practice',
    title: 'traineeSections.titles.practice',
    loadComponent: () => import('./trainee-practice-page/trainee-practice-page').then((m) => m.TraineePracticePage),
  },
];
