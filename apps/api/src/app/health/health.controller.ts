import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthResponse } from '@peer/contract';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { AppLifecycle } from './lifecycle';

// A probe must answer quickly even when the database hangs.
const PING_TIMEOUT_MS = 1_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly lifecycle: AppLifecycle,
  ) {}

  /** 200 only when the database answers; 503 otherwise. */
  @Get()
  @Public()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      response.status(503);
      return { status: 'unavailable' };
    }
  }

  /**
   * Liveness: the process runs and its event loop answers. It does not look
   * at the database, so a database outage never gets a healthy process
   * restarted; an outage shows in readiness instead.
   */
  @Get('live')
  @Public()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /**
   * Readiness: send traffic here. 503 while the database does not answer and
   * from the moment a shutdown begins, so a load balancer moves traffic away
   * while in-flight requests drain.
   */
  @Get('ready')
  @Public()
  @HealthCheck()
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => {
          const session = this.indicators.check('shutdown');
          return this.lifecycle.draining ? session.down({ message: 'shutting down' }) : session.up();
        },
        () => this.database.pingCheck('database', { connection: this.dataSource, timeout: PING_TIMEOUT_MS }),
      ]);
    } catch (error) {
      // Answer with terminus' own report rather than the generic error body: probes and people read it.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
