export interface Session {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

export abstract class SessionRepository {
  abstract create(session: Session): Promise<void>;
  abstract find(tokenHash: string): Promise<Session | null>;
  abstract touch(tokenHash: string, lastSeenAt: Date): Promise<void>;
  abstract delete(tokenHash: string): Promise<void>;
  /** Ends every session of a user but one (e.g. after a password change). */
  abstract deleteOthers(userId: string, keepTokenHash: string): Promise<void>;
  /** Deletes sessions past their end or idle since `idleSince`; answers how many. */
  abstract deleteEnded(now: Date, idleSince: Date): Promise<number>;
}
