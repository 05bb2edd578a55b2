import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AcceptInvitationResponse, AdminInvitationListResponse, InvitationLinkDto, MyInvitationListResponse } from '@peer/contract';
import {
  AcceptInvitationRequest,
  CohortInvitationParams,
  CohortParams,
  InvitationParams,
  InvitationTokenParams,
} from '@peer/contract/validation';
import { CurrentUser, Public, Roles } from '../../auth/access.decorators';
import type { Principal } from '../../auth/principal';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Delete('cohorts/:cohortId/invitations/:invitationId')
  @Roles('admin', 'course_leader')
  @HttpCode(204)
  cancel(@CurrentUser() actor: Principal, @Param() params: CohortInvitationParams): Promise<void> {
    return this.invitations.cancel(actor, params.cohortId, params.invitationId);
  }

  /** Why each invitation went where it did: for administrators only. */
  @Get('cohorts/:cohortId/invitations')
  @Roles('admin')
  async forAdministrator(@CurrentUser() actor: Principal, @Param() params: CohortParams): Promise<AdminInvitationListResponse> {
    return { invitations: await this.invitations.forAdministrator(actor, params.cohortId) };
  }

  @Get('me/invitations')
  @Roles('trainee')
  async mine(@CurrentUser() actor: Principal): Promise<MyInvitationListResponse> {
    return { invitations: await this.invitations.mine(actor) };
  }

  @Post('me/invitations/:invitationId/accept')
  @Roles('trainee')
  @HttpCode(204)
  acceptMine(@CurrentUser() actor: Principal, @Param() params: InvitationParams): Promise<void> {
    return this.invitations.acceptMine(actor, params.invitationId);
  }

  @Post('me/invitations/:invitationId/decline')
  @Roles('trainee')
  @HttpCode(204)
  declineMine(@CurrentUser() actor: Principal, @Param() params: InvitationParams): Promise<void> {
    return this.invitations.declineMine(actor, params.invitationId);
  }

  /** The invitation mail's one-time link. */
  @Get('invitations/:token')
  @Public()
  link(@Param() params: InvitationTokenParams): Promise<InvitationLinkDto> {
    return this.invitations.link(params.token);
  }

  /** A new person sets her password: the account and the enrolment are made together. */
  @Post('invitations/:token/register')
  @Public()
  @HttpCode(201)
  register(@Param() params: InvitationTokenParams, @Body() body: AcceptInvitationRequest): Promise<AcceptInvitationResponse> {
    return this.invitations.register(params.token, body);
  }

  /** A signed-in trainee accepts through the link. */
  @Post('invitations/:token/accept')
  @Roles('trainee')
  @HttpCode(204)
  acceptLink(@CurrentUser() actor: Principal, @Param() params: InvitationTokenParams): Promise<void> {
    return this.invitations.acceptLink(actor, params.token);
  }
}
