export * from './lib/practice.routes';
// The trainee's sections of `/training` (`@peer/web/training/feature`).
export * from './lib/my-role-plays/my-role-plays';
export * from './lib/study-visit-log/study-visit-log';
