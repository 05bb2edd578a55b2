import { Routes } from '@angular/router';

/**
 * The course leaders' certificate page, to mount next to `cohortsRoutes` at `cohorts` (behind
 * `signedInGuard` and `roleGuard('admin', 'course_leader')`). Route parameters reach the page as inputs.
 */
export const certificatesCohortRoutes: Routes = [
  {
    path: ':cohortId/certificates',
    title: 'certificates.title',
    loadComponent: () => import('./certificates-page/certificates-page').then((m) => m.CertificatesPage),
  },
];

/** Staff pages across cohorts, to mount at `certificates` behind `roleGuard('admin', 'course_leader')`. */
export const certificatesStaffRoutes: Routes = [
  {
    path: 'expiring',
    title: 'certificates.expiring.title',
    loadComponent: () => import('./expiring-page/expiring-page').then((m) => m.ExpiringPage),
  },
];

/** The trainee's certificates section, to mount at `training` next to `trainingRoutes` (behind `roleGuard('trainee')`). */
export const certificatesTrainingRoutes: Routes = [
  {
    path: 'certificates',
    title: 'traineeSections.titles.certificates',
    loadComponent: () => import('./trainee-certificates-page/trainee-certificates-page').then((m) => m.TraineeCertificatesPage),
  },
];
