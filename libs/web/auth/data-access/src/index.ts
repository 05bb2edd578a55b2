export * from './lib/auth-paths';
export * from './lib/auth.service';
export * from './lib/auth.guards';
export * from './lib/password-policy';
export * from './lib/unauthorized.interceptor';
export * from './lib/provide-session-http-client';
