import { Routes } from '@angular/router';

/** Mount at `supervision`, behind `signedInGuard` and `roleGuard('admin', 'course_leader')`. */
export const supervisionRoutes: Routes = [
  { path: '', title: 'supervision.title', loadComponent: () => import('./supervision-page/supervision-page').then((m) => m.SupervisionPage) },
];

/** The trainee's supervision section, to mount at `training` next to `trainingRoutes` (behind `roleGuard('trainee')`). */
export const supervisionTrainingRoutes: Routes = [
  {
    path: 'supervision',
    title: 'traineeSections.titles.supervision',
    loadComponent: () => import('./trainee-supervision-page/trainee-supervision-page').then((m) => m.TraineeSupervisionPage),
  },
];
