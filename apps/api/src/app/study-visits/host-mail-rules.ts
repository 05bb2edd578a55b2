import { HttpStatus } from '@nestjs/common';
import { FieldConflictError } from '../common/error.filter';
import { stockholmInstant, stockholmToday } from '../common/stockholm-time';
import { RequestValidationError } from '../common/validation';
import type { HostMailLimitRule, HostMailLimits } from './study-visit.repository';

/**
 * The confirmation link goes to an address the trainee typed, in the product's name: these
 * limits keep the product from being a mail relay. Each is counted per Stockholm day.
 */
export const HOST_MAIL_LIMITS: HostMailLimits = { perVisit: 3, perTrainee: 10, perRecipient: 10 };

const LIMIT_MESSAGES: Record<HostMailLimitRule, string> = {
  'mail.limit-visit': `The confirmation link of this visit can be sent ${HOST_MAIL_LIMITS.perVisit} times a day; try again tomorrow`,
  'mail.limit-trainee': `You can send ${HOST_MAIL_LIMITS.perTrainee} confirmation links a day; try again tomorrow`,
  'mail.limit-recipient': `This address has had ${HOST_MAIL_LIMITS.perRecipient} confirmation links today; try again tomorrow`,
};

/** 429 with the limit as the `rule` of the hostEmail field; the controller turns `retryAfterSeconds` into `Retry-After`. */
export class HostMailLimitError extends FieldConflictError {
  constructor(
    readonly rule: HostMailLimitRule,
    readonly retryAfterSeconds: number,
  ) {
    super([{ field: 'hostEmail', rule, message: LIMIT_MESSAGES[rule] }], HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** Seconds until the next Stockholm midnight, when the day's counts start afresh. */
export function secondsUntilNextStockholmDay(now = new Date()): number {
  const [y, m, d] = stockholmToday(now).split('-').map(Number) as [number, number, number];
  const tomorrow = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return Math.max(1, Math.ceil((stockholmInstant(tomorrow, '00:00').getTime() - now.getTime()) / 1000));
}

/** True when the address's domain is one of `domains` or a subdomain of one; an empty list allows any. */
export function hostDomainAllowed(email: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

export function assertHostDomainAllowed(email: string, domains: readonly string[]): void {
  if (hostDomainAllowed(email, domains)) return;
  throw new RequestValidationError([
    { field: 'hostEmail', rule: 'hostEmail.domain-not-allowed', message: `hostEmail must be an address at ${domains.join(', ')} or one of their subdomains` },
  ]);
}
