import { Routes } from '@angular/router';

/**
 * The trainee's own sections this feature owns; the app mounts them at `training` (behind
 * `signedInGuard` and `roleGuard('trainee')`) together with the practice, certificates and
 * supervision features' sections.
 */
export const trainingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'traineeSections.titles.overview',
    loadComponent: () => import('./training-page/training-page').then((m) => m.TrainingPage),
  },
  {
    path: 'schedule',
    title: 'traineeSections.titles.schedule',
    loadComponent: () => import('./schedule-page/schedule-page').then((m) => m.SchedulePage),
  },
  {
    path: 'my-data',
    title: 'traineeSections.titles.myData',
    loadComponent: () => import('./my-data-page/my-data-page').then((m) => m.MyDataPage),
  },
];
