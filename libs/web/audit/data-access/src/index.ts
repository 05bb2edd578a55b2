export * from './lib/audit-trail.service';
export * from './lib/audit-actions';
