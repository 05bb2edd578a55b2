export * from './lib/cohorts.routes';
// Building blocks the trainee's own pages share (`@peer/web/training/feature`).
export * from './lib/format/format';
export * from './lib/calendar-feed-panel/calendar-feed-panel';
export * from './lib/requirement-list/requirement-list';
export * from './lib/one-time-secret/one-time-secret';
export * from './lib/my-invitations/my-invitations';
