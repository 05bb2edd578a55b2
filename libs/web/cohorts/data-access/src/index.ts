export * from './lib/cohorts.service';
export * from './lib/attendance.service';
export * from './lib/cohort-progress.service';
export * from './lib/calendar-feeds.service';
export * from './lib/my-training.service';
export * from './lib/constants';
export * from './lib/stockholm-date';
