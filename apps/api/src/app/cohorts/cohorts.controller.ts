import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CohortDto,
  CohortListResponse,
  CourseDaySlotDto,
  ImportEnrolmentsResponse,
  InvitationDto,
} from '@peer/contract';
import {
  AssignLeadersRequest,
  CohortDayParams,
  CohortParams,
  CreateCohortRequest,
  EnrolmentParams,
  EnrolRequest,
  ImportEnrolmentsRequest,
  ScheduleDayRequest,
  WithdrawRequest,
} from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { CohortsService } from './cohorts.service';

@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Post()
  @Roles('admin', 'course_leader')
  create(@CurrentUser() actor: Principal, @Body() body: CreateCohortRequest): Promise<CohortDto> {
    return this.cohorts.create(actor, body);
  }

  @Get()
  @Roles('admin', 'course_leader')
  async list(@CurrentUser() actor: Principal): Promise<CohortListResponse> {
    return { cohorts: await this.cohorts.list(actor) };
  }

  @Get(':cohortId')
  @Roles('admin', 'course_leader')
  get(@CurrentUser() actor: Principal, @Param() params: CohortParams): Promise<CohortDto> {
    return this.cohorts.get(actor, params.cohortId);
  }

  @Put(':cohortId/leaders')
  @Roles('admin')
  @HttpCode(204)
  setLeaders(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Body() body: AssignLeadersRequest): Promise<void> {
    return this.cohorts.setLeaders(actor, params.cohortId, body.leaderIds);
  }

  @Put(':cohortId/days/:dayNumber')
  @Roles('admin', 'course_leader')
  scheduleDay(@CurrentUser() actor: Principal, @Param() params: CohortDayParams, @Body() body: ScheduleDayRequest): Promise<CourseDaySlotDto> {
    return this.cohorts.scheduleDay(actor, params.cohortId, params.dayNumber, body);
  }

  @Post(':cohortId/enrolments')
  @Roles('admin', 'course_leader')
  enrol(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Body() body: EnrolRequest): Promise<InvitationDto> {
    return this.cohorts.enrol(actor, params.cohortId, body);
  }

  @Post(':cohortId/enrolments/import')
  @Roles('admin', 'course_leader')
  import(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Body() body: ImportEnrolmentsRequest): Promise<ImportEnrolmentsResponse> {
    return this.cohorts.importCsv(actor, params.cohortId, body.csv);
  }

  @Post(':cohortId/enrolments/:enrolmentId/withdraw')
  @Roles('admin', 'course_leader')
  @HttpCode(204)
  withdraw(@CurrentUser() actor: Principal, @Param() params: EnrolmentParams, @Body() body: WithdrawRequest): Promise<void> {
    return this.cohorts.withdraw(actor, params.cohortId, params.enrolmentId, body.reason);
  }
}
