import { Routes } from '@angular/router';

/** Mount at `training`, behind `signedInGuard` and `roleGuard('trainee')`. */
export const trainingRoutes: Routes = [
  {
    path: '',
    title: 'training.title',
    loadComponent: () => import('./training-page/training-page').then((m) => m.TrainingPage),
  },
];
