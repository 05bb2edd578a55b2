import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { StudyVisitDto, StudyVisitListResponse } from '@peer/contract';
import {
  CohortParams,
  CohortStudyVisitParams,
  HostTokenParams,
  ReflectionAnswersRequest,
  RegisterStudyVisitRequest,
  ReturnVisitRequest,
  StudyVisitParams,
  StudyVisitQueueQuery,
} from '@peer/contract/validation';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { hostPage, readHostReply } from './host-page';
import { HostMailLimitError } from './host-mail-rules';
import { StudyVisitsService } from './study-visits.service';

@ApiTags('study-visits')
@Controller()
export class StudyVisitsController {
  constructor(private readonly visits: StudyVisitsService) {}

  @Post('me/study-visits')
  @Roles('trainee')
  register(
    @CurrentUser() actor: Principal,
    @Body() body: RegisterStudyVisitRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StudyVisitDto> {
    return withRetryAfter(response, this.visits.register(actor, body));
  }

  @Get('me/study-visits')
  @Roles('trainee')
  async mine(@CurrentUser() actor: Principal): Promise<StudyVisitListResponse> {
    return { studyVisits: await this.visits.mine(actor) };
  }

  @Post('me/study-visits/:visitId/send-confirmation')
  @Roles('trainee')
  @HttpCode(204)
  send(@CurrentUser() actor: Principal, @Param() params: StudyVisitParams, @Res({ passthrough: true }) response: Response): Promise<void> {
    return withRetryAfter(response, this.visits.sendLink(actor, params.visitId));
  }

  @Put('me/study-visits/:visitId/reflection')
  @Roles('trainee')
  reflect(@CurrentUser() actor: Principal, @Param() params: StudyVisitParams, @Body() body: ReflectionAnswersRequest): Promise<StudyVisitDto> {
    return this.visits.reflect(actor, params.visitId, body.answers);
  }

  @Get('cohorts/:cohortId/study-visits')
  @Roles('admin', 'course_leader')
  async queue(@CurrentUser() actor: Principal, @Param() params: CohortParams, @Query() query: StudyVisitQueueQuery): Promise<StudyVisitListResponse> {
    return { studyVisits: await this.visits.queue(actor, params.cohortId, query.status) };
  }

  @Post('cohorts/:cohortId/study-visits/:visitId/approve')
  @Roles('course_leader')
  approve(@CurrentUser() actor: Principal, @Param() params: CohortStudyVisitParams): Promise<StudyVisitDto> {
    return this.visits.approve(actor, params.cohortId, params.visitId);
  }

  @Post('cohorts/:cohortId/study-visits/:visitId/return')
  @Roles('course_leader')
  returnVisit(@CurrentUser() actor: Principal, @Param() params: CohortStudyVisitParams, @Body() body: ReturnVisitRequest): Promise<StudyVisitDto> {
    return this.visits.returnWithComment(actor, params.cohortId, params.visitId, body.comment);
  }
}

/** The host unit's one-time link, outside /api: a plain page for people without an account. */
@Controller('host-confirmation')
export class HostConfirmationController {
  constructor(private readonly visits: StudyVisitsService) {}

  @Get(':token')
  @Public()
  @ApiExcludeEndpoint()
  async show(@Param() params: HostTokenParams, @Res() response: Response): Promise<void> {
    const { status, html } = hostPage(await this.visits.hostView(params.token), params.token);
    response.status(status).type('html').setHeader('Cache-Control', 'no-store').send(html);
  }

  @Post(':token')
  @Public()
  @ApiExcludeEndpoint()
  async answer(@Param() params: HostTokenParams, @Body() body: unknown, @Res() response: Response): Promise<void> {
    const reply = readHostReply(body);
    let page: { status: number; html: string };
    if (typeof reply === 'string') {
      // A form to correct: the link stays unused (a used, expired or unknown one says so instead).
      page = hostPage(await this.visits.hostView(params.token), params.token, { problem: reply });
    } else {
      const state = await this.visits.hostAnswer(params.token, reply);
      page = state === 'valid' ? hostPage({ state }, params.token, { answered: reply.answer }) : hostPage({ state }, params.token);
    }
    response.status(page.status).type('html').setHeader('Cache-Control', 'no-store').send(page.html);
  }
}

/** A refused host mail says when the day's counts start afresh. */
async function withRetryAfter<T>(response: Response, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof HostMailLimitError) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
