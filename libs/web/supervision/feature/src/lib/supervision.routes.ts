import { Routes } from '@angular/router';

/** Mount at `supervision`, behind `signedInGuard` and `roleGuard('admin', 'course_leader')`. */
export const supervisionRoutes: Routes = [
  { path: '', title: 'supervision.title', loadComponent: () => import('./supervision-page/supervision-page').then((m) => m.SupervisionPage) },
];
