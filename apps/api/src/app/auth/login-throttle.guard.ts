import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request } from 'express';

/** Counts login attempts per client address and e-mail, so one account cannot be guessed at. */
@Injectable()
export class LoginThrottleGuard extends ThrottlerGuard {
  protected override async getTracker(request: Request): Promise<string> {
    const email = typeof request.body?.email === 'string' ? request.body.email.trim().toLowerCase() : '';
    return `${request.ip}|${email}`;
  }
}
