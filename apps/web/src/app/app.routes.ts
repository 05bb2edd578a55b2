import { Route } from '@angular/router';
import { ALLOW_PENDING_PASSWORD_CHANGE, roleGuard, signedInGuard, signedOutGuard } from '@peer/web/auth/data-access';

/** Every page is lazy; `title`s are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadChildren: () => import('@peer/web/auth/feature').then((m) => m.loginRoutes),
  },
  {
    path: 'account',
    canActivate: [signedInGuard],
    data: { [ALLOW_PENDING_PASSWORD_CHANGE]: true },
    loadChildren: () => import('@peer/web/auth/feature').then((m) => m.accountRoutes),
  },
  {
    path: 'curriculum',
    canActivate: [signedInGuard],
    loadChildren: () => import('@peer/web/curriculum/feature').then((m) => m.curriculumRoutes),
  },
  {
    path: 'cohorts',
    canActivate: [signedInGuard, roleGuard('admin', 'course_leader')],
    // A cohort's pages come from the features that own them; each page is a lazy chunk of its own.
    loadChildren: async () => {
      const [cohorts, practice, certificates] = await Promise.all([
        import('@peer/web/cohorts/feature'),
        import('@peer/web/practice/feature'),
        import('@peer/web/certificates/feature'),
      ]);
      return [...cohorts.cohortsRoutes, ...practice.practiceCohortRoutes, ...certificates.certificatesCohortRoutes];
    },
  },
  {
    path: 'certificates',
    canActivate: [signedInGuard, roleGuard('admin', 'course_leader')],
    loadChildren: () => import('@peer/web/certificates/feature').then((m) => m.certificatesStaffRoutes),
  },
  {
    // The invitation mail's one-time link: a new person has no account yet.
    path: 'invitations',
    loadChildren: () => import('@peer/web/cohorts/feature').then((m) => m.invitationRoutes),
  },
  {
    path: 'training',
    canActivate: [signedInGuard, roleGuard('trainee')],
    // The trainee's sections come from the features that own them; each section is a lazy chunk of its own.
    loadChildren: async () => {
      const [training, practice, certificates, supervision] = await Promise.all([
        import('@peer/web/training/feature'),
        import('@peer/web/practice/feature'),
        import('@peer/web/certificates/feature'),
        import('@peer/web/supervision/feature'),
      ]);
      return [
        ...training.trainingRoutes,
        ...practice.practiceTrainingRoutes,
        ...certificates.certificatesTrainingRoutes,
        ...supervision.supervisionTrainingRoutes,
      ];
    },
  },
  {
    path: 'supervision',
    canActivate: [signedInGuard, roleGuard('admin', 'course_leader')],
    loadChildren: () => import('@peer/web/supervision/feature').then((m) => m.supervisionRoutes),
  },
  {
    path: 'admin/users',
    canActivate: [signedInGuard, roleGuard('admin')],
    loadChildren: () => import('@peer/web/users/feature').then((m) => m.usersRoutes),
  },
  {
    path: 'admin/erasure-requests',
    canActivate: [signedInGuard, roleGuard('admin')],
    loadChildren: () => import('@peer/web/users/feature').then((m) => m.erasureRequestsRoutes),
  },
  {
    path: 'admin/organisations',
    canActivate: [signedInGuard, roleGuard('national_admin')],
    loadChildren: () => import('@peer/web/organisations/feature').then((m) => m.organisationsRoutes),
  },
  {
    path: 'admin/sign-in',
    canActivate: [signedInGuard, roleGuard('admin')],
    loadChildren: () => import('@peer/web/identity-provider/feature').then((m) => m.identityProviderRoutes),
  },
  {
    path: 'admin/signatory',
    canActivate: [signedInGuard, roleGuard('admin')],
    loadChildren: () => import('@peer/web/certificate-signatory/feature').then((m) => m.certificateSignatoryRoutes),
  },
  {
    path: 'admin/audit',
    canActivate: [signedInGuard, roleGuard('admin')],
    loadChildren: () => import('@peer/web/audit/feature').then((m) => m.auditRoutes),
  },
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedInGuard],
    loadChildren: () => import('@peer/web/home/feature').then((m) => m.homeRoutes),
  },
  {
    path: '**',
    title: 'notFound.title',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
