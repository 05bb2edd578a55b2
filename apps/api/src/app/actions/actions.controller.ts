import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CohortActionsDto } from '@peer/contract';
import { CohortParams } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { CohortActions } from './cohort-actions';

@ApiTags('progress')
@Controller()
export class ActionsController {
  constructor(private readonly actions: CohortActions) {}

  /** What the cohort needs from its staff now, as counts. */
  @Get('cohorts/:cohortId/actions')
  @Roles('admin', 'course_leader')
  cohort(@CurrentUser() actor: Principal, @Param() params: CohortParams): Promise<CohortActionsDto> {
    return this.actions.of(actor, params.cohortId);
  }
}
