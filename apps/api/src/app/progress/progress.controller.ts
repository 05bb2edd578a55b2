import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CohortParams, CohortProgressDto, CohortProgressQuery, CohortTraineeParams, MyTrainingResponse, TraineeProgressDto } from '@peer/contract';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { progressCsv } from './progress-csv';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('me/training')
  @Roles('trainee')
  async mine(@CurrentUser() actor: Principal): Promise<MyTrainingResponse> {
    return { enrolments: await this.progress.mine(actor) };
  }

  @Get('cohorts/:cohortId/progress')
  @Roles('admin', 'course_leader')
  cohort(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Query() query: CohortProgressQuery): Promise<CohortProgressDto> {
    return this.progress.cohort(actor, params.cohortId, query);
  }

  @Get('cohorts/:cohortId/progress.csv')
  @Roles('admin', 'course_leader')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="progress.csv"')
  async csv(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Query() query: CohortProgressQuery): Promise<string> {
    return progressCsv(await this.progress.cohort(actor, params.cohortId, query), query.lang ?? 'sv');
  }

  @Get('cohorts/:cohortId/trainees/:traineeId/progress')
  @Roles('admin', 'course_leader')
  trainee(@CurrentUser() actor: Principal, @Param() params: CohortTraineeParams): Promise<TraineeProgressDto> {
    return this.progress.trainee(actor, params.cohortId, params.traineeId);
  }
}
