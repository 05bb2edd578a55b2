import { Routes } from '@angular/router';

/** Mount at `admin/organisations`, behind `signedInGuard` and `roleGuard('national_admin')`. */
export const organisationsRoutes: Routes = [
  { path: '', title: 'organisations.title', loadComponent: () => import('./organisations-page/organisations-page').then((m) => m.OrganisationsPage) },
];
