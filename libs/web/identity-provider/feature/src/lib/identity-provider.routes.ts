import { Routes } from '@angular/router';

/** Mount at `admin/sign-in`, behind `signedInGuard` and `roleGuard('admin')`. */
export const identityProviderRoutes: Routes = [
  {
    path: '',
    title: 'identityProvider.title',
    loadComponent: () => import('./identity-provider-page/identity-provider-page').then((m) => m.IdentityProviderPage),
  },
];
