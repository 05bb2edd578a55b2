import { Routes } from '@angular/router';

/** Mount at `admin/signatory`, behind `signedInGuard` and `roleGuard('admin')`. */
export const certificateSignatoryRoutes: Routes = [
  {
    path: '',
    title: 'certificateSignatory.title',
    loadComponent: () => import('./certificate-signatory-page/certificate-signatory-page').then((m) => m.CertificateSignatoryPage),
  },
];
