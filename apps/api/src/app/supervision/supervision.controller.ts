import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  MySupervisionResponse,
  SupervisionGroupDetailResponse,
  SupervisionGroupDto,
  SupervisionGroupListResponse,
  SupervisionSessionDto,
} from '@peer/contract';
import {
  CreateSupervisionGroupRequest,
  RecordSupervisionSessionRequest,
  SupervisionGroupParams,
  SupervisionReflectionRequest,
  SupervisionSessionParams,
} from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { SupervisionService } from './supervision.service';

@ApiTags('supervision')
@Controller()
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Post('supervision/groups')
  @Roles('admin')
  create(@CurrentUser() actor: Principal, @Body() body: CreateSupervisionGroupRequest): Promise<SupervisionGroupDto> {
    return this.supervision.createGroup(actor, body);
  }

  @Get('supervision/groups')
  @Roles('admin', 'course_leader')
  async list(@CurrentUser() actor: Principal): Promise<SupervisionGroupListResponse> {
    return { groups: await this.supervision.groups(actor) };
  }

  @Get('supervision/groups/:groupId')
  @Roles('admin', 'course_leader')
  detail(@CurrentUser() actor: Principal, @Param() params: SupervisionGroupParams): Promise<SupervisionGroupDetailResponse> {
    return this.supervision.detail(actor, params.groupId);
  }

  @Post('supervision/groups/:groupId/sessions')
  @Roles('course_leader')
  record(@CurrentUser() actor: Principal, @Param() params: SupervisionGroupParams, @Body() body: RecordSupervisionSessionRequest): Promise<SupervisionSessionDto> {
    return this.supervision.recordSession(actor, params.groupId, body);
  }

  @Get('me/supervision')
  @Roles('trainee')
  mine(@CurrentUser() actor: Principal): Promise<MySupervisionResponse> {
    return this.supervision.mine(actor);
  }

  @Put('me/supervision/sessions/:sessionId/reflection')
  @Roles('trainee')
  reflect(@CurrentUser() actor: Principal, @Param() params: SupervisionSessionParams, @Body() body: SupervisionReflectionRequest): Promise<MySupervisionResponse> {
    return this.supervision.reflect(actor, params.sessionId, body.text);
  }
}
