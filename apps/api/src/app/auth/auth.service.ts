import { Injectable } from '@nestjs/common';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { PasswordHasher } from '../accounts/password-hasher';
import { normalizeEmail, User } from '../accounts/user';
import { UserRepository } from '../accounts/user.repository';
import { AuditService } from '../audit/audit.service';
import { hashSecretToken, newSecretToken } from '../common/secret-token';
import type { Response } from 'express';
import { CSRF_COOKIE, type Principal, SESSION_COOKIE } from './principal';
import { Session, SessionRepository } from './session.repository';

export const IDLE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface NewLogin {
  user: User;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  /**
   * Returns null for an unknown e-mail, a wrong password and a deactivated account alike: the
   * password is verified in every case, so neither the answer nor its timing tells them apart.
   */
  async login(email: string, password: string): Promise<NewLogin | null> {
    const user = await this.users.findByEmail(normalizeEmail(email));
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok || user.deactivatedAt) return null;
    return this.openSession(user, 'password');
  }

  /** A new session of an active account that proved who she is, by password or through her organisation's provider. */
  async openSession(user: User, via: 'password' | 'identity-provider'): Promise<NewLogin> {
    const token = newSecretToken();
    const now = new Date();
    const session: Session = {
      tokenHash: hashSecretToken(token),
      userId: user.id,
      csrfToken: randomBytes(24).toString('base64url'),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + MAX_AGE_MS),
    };
    await this.sessions.create(session);
    await this.audit.record({ actorId: user.id, action: 'auth.login', subjectType: 'user', subjectId: user.id, ...(via === 'password' ? {} : { details: { via } }) });
    return { user, token, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }

  async authenticate(token: string | undefined): Promise<Principal | null> {
    if (!token) return null;
    const session = await this.sessions.find(hashSecretToken(token));
    if (!session) return null;
    const now = Date.now();
    if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now) {
      await this.sessions.delete(session.tokenHash);
      return null;
    }
    const user = await this.users.findById(session.userId);
    if (!user) return null;
    // Deactivating ends her sessions; one that a sign-in raced past that is refused like an expired one.
    if (user.deactivatedAt) {
      await this.sessions.delete(session.tokenHash);
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.tokenHash, new Date(now));
    }
    return { user, session };
  }

  async logout(principal: Principal): Promise<void> {
    await this.sessions.delete(principal.session.tokenHash);
  }

  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<boolean> {
    if (!(await this.hasher.verify(principal.user.passwordHash, currentPassword))) return false;
    await this.users.updatePassword(principal.user.id, await this.hasher.hash(newPassword), false);
    await this.sessions.deleteOthers(principal.user.id, principal.session.tokenHash);
    await this.audit.record({ actorId: principal.user.id, action: 'user.password_change', subjectType: 'user', subjectId: principal.user.id, people: [principal.user.id] });
    return true;
  }
}

/** The session cookie (script cannot read it) and the CSRF cookie Angular echoes back, for a new session. */
export function setSessionCookies(response: Response, login: NewLogin, secure: boolean): void {
  const cookie = { sameSite: 'lax', secure, path: '/', expires: login.expiresAt } as const;
  response.cookie(SESSION_COOKIE, login.token, { ...cookie, httpOnly: true });
  response.cookie(CSRF_COOKIE, login.csrfToken, cookie);
}

export function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
