import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiTags } from '@nestjs/swagger';
import { IdentityProviderListResponse, ORGANISATION_SLUG_PATTERN, OrganisationIdentityProviderDto, OrganisationIdentityProviderResponse } from '@peer/contract';
import { SetIdentityProviderRequest, SetPersonalIdentityRequest, UserParams } from '@peer/contract/validation';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { CurrentUser, Public, Roles } from '../access.decorators';
import { setSessionCookies } from '../auth.service';
import type { Principal } from '../principal';
import { IdentityProvidersService } from './identity-providers.service';

@ApiTags('auth')
@Controller()
export class IdentityProvidersController {
  constructor(private readonly providers: IdentityProvidersService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The organisations whose people may sign in through their identity provider, for the login page. */
  @Get('auth/identity-providers')
  @Public()
  async list(): Promise<IdentityProviderListResponse> {
    return { providers: await this.providers.list() };
  }

  /** Sends the browser to the organisation's provider. */
  @Get('auth/oidc/:slug/start')
  @Public()
  @HttpCode(302)
  @ApiFoundResponse({ description: 'To the provider, or to /login?signIn=unavailable when there is none or it cannot be reached' })
  async start(@Param('slug') slug: string, @Res() response: Response): Promise<void> {
    const url = ORGANISATION_SLUG_PATTERN.test(slug) && slug.length <= 40 ? await this.providers.start(slug) : null;
    if (!url) {
      response.redirect(302, '/login?signIn=unavailable');
      return;
    }
    response.redirect(302, url);
  }

  /** The provider sends the browser back here: signed in and home, or back to the login page with one message for every failure. */
  @Get('auth/oidc/callback')
  @Public()
  @HttpCode(302)
  @ApiFoundResponse({ description: 'Signed in, to /; or to /login?signIn=failed' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const login = await this.providers.finish(request.url.split('?')[1] ?? '');
    if (!login) {
      response.redirect(302, '/login?signIn=failed');
      return;
    }
    setSessionCookies(response, login, this.config.cookieSecure);
    response.redirect(302, '/');
  }

  @Get('organisation/identity-provider')
  @Roles('admin')
  async get(@CurrentUser() actor: Principal): Promise<OrganisationIdentityProviderResponse> {
    return { provider: await this.providers.ofActor(actor), redirectUri: this.providers.redirectUri };
  }

  @Put('organisation/identity-provider')
  @Roles('admin')
  set(@CurrentUser() actor: Principal, @Body() body: SetIdentityProviderRequest): Promise<OrganisationIdentityProviderDto> {
    return this.providers.set(actor, body);
  }

  @Delete('organisation/identity-provider')
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() actor: Principal): Promise<void> {
    return this.providers.remove(actor);
  }

  /** Gives an account of the organisation the personal identity number her first sign-in through the provider may link by; only a keyed hash is kept. */
  @Put('users/:userId/personal-identity')
  @Roles('admin')
  @HttpCode(204)
  setPersonalIdentity(@CurrentUser() actor: Principal, @Param() params: UserParams, @Body() body: SetPersonalIdentityRequest): Promise<void> {
    return this.providers.setPersonalIdentity(actor, params.userId, body.personalIdentityNumber);
  }

  @Delete('users/:userId/personal-identity')
  @Roles('admin')
  @HttpCode(204)
  removePersonalIdentity(@CurrentUser() actor: Principal, @Param() params: UserParams): Promise<void> {
    return this.providers.removePersonalIdentity(actor, params.userId);
  }
}
