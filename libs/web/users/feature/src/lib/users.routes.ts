import { Routes } from '@angular/router';

/** Mount at `admin/users`, behind `signedInGuard` and `roleGuard('admin')`. */
export const usersRoutes: Routes = [
  { path: '', title: 'users.title', loadComponent: () => import('./users-page/users-page').then((m) => m.UsersPage) },
];

/** Mount at `admin/erasure-requests`, behind `signedInGuard` and `roleGuard('admin')`. */
export const erasureRequestsRoutes: Routes = [
  { path: '', title: 'erasureRequests.title', loadComponent: () => import('./erasure-requests-page/erasure-requests-page').then((m) => m.ErasureRequestsPage) },
];
