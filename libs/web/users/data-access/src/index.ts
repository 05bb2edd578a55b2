export * from './lib/users.service';
export * from './lib/roles';
export * from './lib/user-errors';
