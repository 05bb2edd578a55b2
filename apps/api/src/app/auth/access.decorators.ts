import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@peer/contract';
import type { AuthenticatedRequest, Principal } from './principal';

export const ACCESS_KEY = 'peer:access';

export type AccessRule = { public: true } | { roles: readonly Role[]; allowPendingPasswordChange?: boolean };

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/** Signed-in users with one of these roles. Routes without a rule are closed. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule);

/** Any signed-in user, also one who still has to change a temporary password. */
export const AnySignedIn = () =>
  SetMetadata(ACCESS_KEY, { roles: ROLES, allowPendingPasswordChange: true } satisfies AccessRule);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest<AuthenticatedRequest>().principal as Principal,
);
