import { Body, Controller, Delete, Get, Header, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CalendarFeedDto, CalendarFeedListResponse } from '@peer/contract';
import { CalendarFileParams, CreateCalendarFeedRequest, FeedParams } from '@peer/contract/validation';
import { AnySignedIn, CurrentUser, Public } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { ApiFileResponse } from '../openapi';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Post('calendar-feeds')
  @AnySignedIn()
  create(@CurrentUser() actor: Principal, @Body() body: CreateCalendarFeedRequest): Promise<CalendarFeedDto> {
    return this.calendar.create(actor, body.cohortId);
  }

  @Get('calendar-feeds')
  @AnySignedIn()
  async list(@CurrentUser() actor: Principal): Promise<CalendarFeedListResponse> {
    return { feeds: await this.calendar.list(actor) };
  }

  @Delete('calendar-feeds/:feedId')
  @AnySignedIn()
  @HttpCode(204)
  revoke(@CurrentUser() actor: Principal, @Param() params: FeedParams): Promise<void> {
    return this.calendar.revoke(actor, params.feedId);
  }

  /** Calendar apps fetch this without a session: the unguessable token is the key. */
  @Get('calendar/:file')
  @ApiFileResponse('text/calendar', 'text', 'The feed as iCalendar')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param() params: CalendarFileParams): Promise<string> {
    const body = await this.calendar.render(params.file.replace(/\.ics$/, ''));
    if (body === null) throw new NotFoundException('No such calendar, or it was revoked');
    return body;
  }
}
