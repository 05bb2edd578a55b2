import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateOrganisationResponse, OrganisationListResponse } from '@peer/contract';
import { CreateOrganisationRequest } from '@peer/contract/validation';
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
}
