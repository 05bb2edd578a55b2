/** Injection token: the connection URL of the database the app runs on. */
export const DATABASE_URL = Symbol('DATABASE_URL');
