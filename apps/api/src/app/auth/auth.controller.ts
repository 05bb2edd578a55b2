import { Body, Controller, Get, HttpCode, Inject, Post, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UserDto } from '@peer/contract';
import { ChangePasswordRequest, LoginRequest } from '@peer/contract/validation';
import type { Response } from 'express';
import { mapUser } from '../accounts/user';
import { FieldConflictError } from '../common/error.filter';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AnySignedIn, CurrentUser, Public } from './access.decorators';
import { AuthService, setSessionCookies } from './auth.service';
import { LoginThrottleGuard } from './login-throttle.guard';
import { CSRF_COOKIE, Principal, SESSION_COOKIE } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Post('login')
  @Public()
  @UseGuards(LoginThrottleGuard)
  @HttpCode(200)
  async login(@Body() body: LoginRequest, @Res({ passthrough: true }) response: Response): Promise<UserDto> {
    const login = await this.auth.login(body.email, body.password);
    if (!login) throw new UnauthorizedException('Wrong e-mail or password');
    setSessionCookies(response, login, this.config.cookieSecure);
    return mapUser(login.user);
  }

  @Post('logout')
  @AnySignedIn()
  @HttpCode(204)
  async logout(@CurrentUser() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(principal);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @AnySignedIn()
  me(@CurrentUser() principal: Principal): UserDto {
    return mapUser(principal.user);
  }

  @Post('password')
  @AnySignedIn()
  @HttpCode(204)
  async changePassword(@CurrentUser() principal: Principal, @Body() body: ChangePasswordRequest): Promise<void> {
    if (body.newPassword === body.currentPassword) {
      throw new FieldConflictError([{ field: 'newPassword', rule: 'differsFromCurrent', message: 'newPassword must differ from the current password' }], 400);
    }
    const changed = await this.auth.changePassword(principal, body.currentPassword, body.newPassword);
    if (!changed) {
      throw new FieldConflictError([{ field: 'currentPassword', rule: 'matchesCurrent', message: 'currentPassword is wrong' }], 400);
    }
  }
}
