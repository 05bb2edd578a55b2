import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisationLogoDto, OrganisationLogoResponse } from '@peer/contract';
import { SetOrganisationLogoRequest } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../../auth/access.decorators';
import type { Principal } from '../../auth/principal';
import { OrganisationLogoService } from './organisation-logo.service';

@ApiTags('organisations')
@Controller('organisation/logo')
export class OrganisationLogoController {
  constructor(private readonly logos: OrganisationLogoService) {}

  /** The caller's organisation's uploaded logo; null while its drawn one stands in. */
  @Get()
  @Roles('admin')
  async get(@CurrentUser() actor: Principal): Promise<OrganisationLogoResponse> {
    return { logo: await this.logos.ofActor(actor) };
  }

  /** A PNG or JPEG (at most 200 KB, 32–2000 pixels a side), printed on the certificates issued from now on. */
  @Put()
  @Roles('admin')
  set(@CurrentUser() actor: Principal, @Body() body: SetOrganisationLogoRequest): Promise<OrganisationLogoDto> {
    return this.logos.set(actor, body.image);
  }

  /** Certificates issued from now on print no logo; the issuer profile names the drawn one again. */
  @Delete()
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() actor: Principal): Promise<void> {
    return this.logos.remove(actor);
  }
}
