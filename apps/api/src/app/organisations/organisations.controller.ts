import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AddAdministratorResponse, CreateOrganisationResponse, OrganisationListResponse } from '@peer/contract';
import { AddAdministratorRequest, CreateOrganisationRequest, OrganisationParams } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Roles('national_admin')
  async list(): Promise<OrganisationListResponse> {
    return { organisations: await this.organisations.list() };
  }

  @Post()
  @Roles('national_admin')
  create(@CurrentUser() actor: Principal, @Body() body: CreateOrganisationRequest): Promise<CreateOrganisationResponse> {
    return this.organisations.create(actor, body);
  }

  /** Another administrator, e.g. when the organisation's last one leaves. */
  @Post(':organisationId/administrators')
  @Roles('national_admin')
  addAdministrator(@CurrentUser() actor: Principal, @Param() params: OrganisationParams, @Body() body: AddAdministratorRequest): Promise<AddAdministratorResponse> {
    return this.organisations.addAdministrator(actor, params.organisationId, body);
  }
}
