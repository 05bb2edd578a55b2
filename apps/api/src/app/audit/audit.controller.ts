import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditEventPageDto, DataAccessPageDto } from '@peer/contract';
import { AuditCsvQuery, AuditEventsQuery, AuditPageQuery } from '@peer/contract/validation';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { ApiFileResponse } from '../openapi';
import { auditCsv } from './audit-csv';
import { AuditTrailService } from './audit-trail.service';

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly trail: AuditTrailService) {}

  @Get('audit/events')
  @Roles('admin')
  events(@CurrentUser() actor: Principal, @Query() query: AuditEventsQuery): Promise<AuditEventPageDto> {
    return this.trail.events(actor, query);
  }

  @Get('audit/events.csv')
  @ApiFileResponse('text/csv', 'text', 'The audit events as CSV')
  @Roles('admin')
  async csv(@CurrentUser() actor: Principal, @Query() query: AuditCsvQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const csv = auditCsv(await this.trail.export(actor, query), query.lang ?? 'sv');
    // Set only on success: a refused request keeps its JSON error body.
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="audit.csv"');
    return csv;
  }

  @Get('me/data-access')
  @Roles('trainee')
  dataAccess(@CurrentUser() actor: Principal, @Query() query: AuditPageQuery): Promise<DataAccessPageDto> {
    return this.trail.dataAccess(actor, query);
  }
}
