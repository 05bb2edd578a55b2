export * from './lib/role-plays.service';
export * from './lib/study-visits.service';
export * from './lib/constants';
export * from './lib/observation-rules';
export * from './lib/study-visit-rules';
