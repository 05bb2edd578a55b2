import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_KEY, AccessRule } from './access.decorators';
import { AuthService, sameToken } from './auth.service';
import { AuthenticatedRequest, CSRF_HEADER, SESSION_COOKIE } from './principal';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard, deny by default: a route is reachable only with an explicit
 * rule. Cookie-authenticated writes must echo the session's CSRF token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new ForbiddenException('This route has no access rule');
    if ('public' in rule) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.auth.authenticate(request.cookies?.[SESSION_COOKIE]);
    if (!principal) throw new UnauthorizedException('Sign in first');
    request.principal = principal;

    if (!SAFE_METHODS.has(request.method) && !sameToken(request.header(CSRF_HEADER), principal.session.csrfToken)) {
      throw new ForbiddenException('CSRF token missing or invalid: send the XSRF-TOKEN cookie value in the X-XSRF-TOKEN header');
    }
    if (principal.user.mustChangePassword && !rule.allowPendingPasswordChange) {
      throw new ForbiddenException('Change your temporary password first');
    }
    if (!rule.roles.includes(principal.user.role)) {
      throw new ForbiddenException('Your role may not use this route');
    }
    return true;
  }
}
