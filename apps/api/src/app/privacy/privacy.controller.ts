import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  DataExportDto,
  ErasureDoneResponse,
  ErasureRequestDto,
  ErasureRequestListResponse,
  MyErasureRequestResponse,
} from '@peer/contract';
import { ConfirmErasureRequest, DataExportQuery, ErasureRequestParams } from '@peer/contract/validation';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { Principal } from '../auth/principal';
import { ApiFileResponse } from '../openapi';
import { dataExportPage } from './data-export-page';
import { DataExportService } from './data-export.service';
import { ErasureService } from './erasure.service';

@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
  ) {}

  @Get('me/data-export.json')
  @Roles('trainee')
  async exportJson(@CurrentUser() actor: Principal, @Res({ passthrough: true }) response: Response): Promise<DataExportDto> {
    const data = await this.exports.export(actor);
    response.setHeader('Content-Disposition', `attachment; filename="peer-academy-my-data-${data.exportedAt.slice(0, 10)}.json"`);
    return data;
  }

  @Get('me/data-export.html')
  @ApiFileResponse('text/html', 'text', 'The trainee’s data as a page to keep or print')
  @Roles('trainee')
  async exportHtml(@CurrentUser() actor: Principal, @Query() query: DataExportQuery, @Res({ passthrough: true }) response: Response): Promise<string> {
    const page = dataExportPage(await this.exports.export(actor), query.lang ?? 'sv');
    // Set here, not by decorator: an error answer stays JSON.
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    return page;
  }

  @Get('me/erasure-request')
  @Roles('trainee')
  async myRequest(@CurrentUser() actor: Principal): Promise<MyErasureRequestResponse> {
    return { request: await this.erasure.mine(actor) };
  }

  /** Idempotent: a second request answers with the one pending. */
  @Post('me/erasure-request')
  @Roles('trainee')
  @HttpCode(200)
  request(@CurrentUser() actor: Principal): Promise<ErasureRequestDto> {
    return this.erasure.request(actor);
  }

  @Delete('me/erasure-request')
  @Roles('trainee')
  @HttpCode(204)
  cancel(@CurrentUser() actor: Principal): Promise<void> {
    return this.erasure.cancel(actor);
  }

  @Get('admin/erasure-requests')
  @Roles('admin')
  async pending(@CurrentUser() actor: Principal): Promise<ErasureRequestListResponse> {
    return { requests: await this.erasure.pending(actor) };
  }

  @Post('admin/erasure-requests/:requestId/confirm')
  @Roles('admin')
  @HttpCode(200)
  confirm(@CurrentUser() actor: Principal, @Param() params: ErasureRequestParams, @Body() body: ConfirmErasureRequest): Promise<ErasureDoneResponse> {
    return this.erasure.confirm(actor, params.requestId, body.confirm);
  }
}
