import { Routes } from '@angular/router';

/** Mount at `admin/audit`, behind `signedInGuard` and `roleGuard('admin')`. */
export const auditRoutes: Routes = [
  { path: '', title: 'audit.title', loadComponent: () => import('./audit-page/audit-page').then((m) => m.AuditPage) },
];
