export * from './lib/users.service';
export * from './lib/roles';
