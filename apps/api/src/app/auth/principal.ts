import type { Request } from 'express';
import type { User } from '../accounts/user';
import type { Session } from './session.repository';

export interface Principal {
  user: User;
  session: Session;
}

/** The organisation of a staff member or trainee; only the national administrator has none, and no route of hers asks. */
export function organisationOf(principal: Principal): string {
  const { organisationId } = principal.user;
  if (!organisationId) throw new Error('The national administrator belongs to no organisation');
  return organisationId;
}

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

export const SESSION_COOKIE = 'peer_session';
/** Angular's HttpClient sends this cookie back as the X-XSRF-TOKEN header. */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
