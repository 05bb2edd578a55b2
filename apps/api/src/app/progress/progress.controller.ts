import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { CohortProgressPageDto, MyTrainingResponse, TraineeProgressDto } from '@peer/contract';
import { CohortParams, CohortProgressPageQuery, CohortProgressQuery, CohortTraineeParams } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { ApiFileResponse } from '../openapi';
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
  cohort(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Query() query: CohortProgressPageQuery): Promise<CohortProgressPageDto> {
    return this.progress.page(actor, params.cohortId, query);
  }

  @Get('cohorts/:cohortId/progress.csv')
  @ApiFileResponse('text/csv', 'text', 'The progress matrix as CSV')
  @Roles('admin', 'course_leader')
  // Every row that matches the filters: the export is not paged, so it takes no offset or limit.
  async csv(
    @CurrentUser() actor: Principal,
    @Param() params: CohortParams,
    @Query() query: CohortProgressQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const csv = progressCsv(await this.progress.cohort(actor, params.cohortId, query), query.lang ?? 'sv');
    // Set only on success: a refused request keeps its JSON error body instead of downloading it as a file.
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="progress.csv"');
    return csv;
  }

  @Get('cohorts/:cohortId/trainees/:traineeId/progress')
  @Roles('admin', 'course_leader')
  trainee(@CurrentUser() actor: Principal, @Param() params: CohortTraineeParams): Promise<TraineeProgressDto> {
    return this.progress.trainee(actor, params.cohortId, params.traineeId);
  }
}
