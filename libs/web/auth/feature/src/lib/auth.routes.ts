import { Routes } from '@angular/router';

/** Mount at `login`, behind `signedOutGuard`. */
export const loginRoutes: Routes = [
  { path: '', title: 'auth.login.title', loadComponent: () => import('./login/login-page').then((m) => m.LoginPage) },
];

/** Mount at `account`, behind `signedInGuard` (which must allow a pending password change here). */
export const accountRoutes: Routes = [
  {
    path: 'password',
    title: 'auth.changePassword.title',
    loadComponent: () => import('./change-password/change-password-page').then((m) => m.ChangePasswordPage),
  },
];
