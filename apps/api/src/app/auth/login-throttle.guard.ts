import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ThrottlerException, ThrottlerStorage } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { normalizeEmail } from '../accounts/user';
import { APP_CONFIG, AppConfig } from '../config/config';

const WINDOW_MS = 60_000;

/**
 * Counts login attempts twice: per client address, whatever the e-mail (one
 * address cannot try many accounts), and per account, whatever the address
 * (many addresses cannot guess at one account). Both counts run before the
 * e-mail is looked up, so a refusal looks the same for an unknown e-mail as
 * for a known one.
 */
@Injectable()
export class LoginThrottleGuard implements CanActivate {
  constructor(
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? normalizeEmail(body.email) : '';
    const counts = [
      this.storage.increment(`login-address:${request.ip ?? 'unknown'}`, WINDOW_MS, this.config.loginRateLimitPerAddress, WINDOW_MS, 'login-address'),
      ...(email ? [this.storage.increment(`login-account:${email}`, WINDOW_MS, this.config.loginRateLimit, WINDOW_MS, 'login-account')] : []),
    ];
    const blocked = (await Promise.all(counts)).filter((count) => count.isBlocked);
    if (blocked.length === 0) return true;
    const seconds = Math.max(1, ...blocked.map((count) => count.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new ThrottlerException('Too many login attempts; try again later');
  }
}
