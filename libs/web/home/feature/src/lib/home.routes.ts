import { Routes } from '@angular/router';

/** Mount at the root path, behind `signedInGuard`. */
export const homeRoutes: Routes = [
  { path: '', title: 'home.title', loadComponent: () => import('./home-page/home-page').then((m) => m.HomePage) },
];
