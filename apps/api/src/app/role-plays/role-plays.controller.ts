import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RolePlayAttemptDto, RolePlayAttemptListResponse } from '@peer/contract';
import {
  AttemptParams,
  EnrolmentParams,
  ReflectionRequest,
  SaveObservationRequest,
  SignObservationRequest,
  StartRolePlayRequest,
} from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { RolePlaysService } from './role-plays.service';

@ApiTags('role-plays')
@Controller()
export class RolePlaysController {
  constructor(private readonly rolePlays: RolePlaysService) {}

  @Post('cohorts/:cohortId/enrolments/:enrolmentId/role-plays')
  @Roles('course_leader')
  start(@CurrentUser() actor: Principal, @Param() params: EnrolmentParams, @Body() body: StartRolePlayRequest): Promise<RolePlayAttemptDto> {
    return this.rolePlays.start(actor, params.cohortId, params.enrolmentId, body.scenarioId);
  }

  @Get('cohorts/:cohortId/enrolments/:enrolmentId/role-plays')
  @Roles('admin', 'course_leader')
  async list(@CurrentUser() actor: Principal, @Param() params: EnrolmentParams): Promise<RolePlayAttemptListResponse> {
    return { attempts: await this.rolePlays.list(actor, params.cohortId, params.enrolmentId) };
  }

  @Put('role-play-attempts/:attemptId')
  @Roles('course_leader')
  save(@CurrentUser() actor: Principal, @Param() params: AttemptParams, @Body() body: SaveObservationRequest): Promise<RolePlayAttemptDto> {
    return this.rolePlays.save(actor, params.attemptId, body.criteria, body.overallFeedback, body.result ?? null);
  }

  @Post('role-play-attempts/:attemptId/sign')
  @Roles('course_leader')
  sign(@CurrentUser() actor: Principal, @Param() params: AttemptParams, @Body() body: SignObservationRequest): Promise<RolePlayAttemptDto> {
    return this.rolePlays.sign(actor, params.attemptId, body.result);
  }

  @Post('role-play-attempts/:attemptId/reflections')
  @Roles('trainee')
  reflect(@CurrentUser() actor: Principal, @Param() params: AttemptParams, @Body() body: ReflectionRequest): Promise<RolePlayAttemptDto> {
    return this.rolePlays.reflect(actor, params.attemptId, body.text);
  }

  @Get('me/role-plays')
  @Roles('trainee')
  async mine(@CurrentUser() actor: Principal): Promise<RolePlayAttemptListResponse> {
    return { attempts: await this.rolePlays.mine(actor) };
  }
}
