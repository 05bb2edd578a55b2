import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { Observable, tap } from 'rxjs';
import type { Logger as TypeormLogger } from 'typeorm';

interface RequestStats {
  queries: number;
  started: number;
}

const stats = new AsyncLocalStorage<RequestStats>();

/** Counts the SQL queries of the current request (TypeORM calls this for every query). */
export class QueryCountLogger implements TypeormLogger {
  logQuery(): void {
    const current = stats.getStore();
    if (current) current.queries += 1;
  }
  logQueryError(): void {
    // errors reach the caller; nothing to count
  }
  logQuerySlow(): void {
    // the query was counted when it started
  }
  logSchemaBuild(): void {
    // schema changes only run as migrations
  }
  logMigration(): void {
    // migrations are not part of a request
  }
  log(): void {
    // other TypeORM messages are not needed
  }
}

/** Runs each request in its own stats context. Express middleware. */
export function queryCountContext(_request: unknown, _response: unknown, next: () => void): void {
  stats.run({ queries: 0, started: performance.now() }, next);
}

/**
 * Reports server time and the number of SQL queries in a standard
 * `Server-Timing` header, so a page's cost is visible in any browser.
 */
@Injectable()
export class ServerTimingInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap(() => {
        const current = stats.getStore();
        if (!current || response.headersSent) return;
        const duration = (performance.now() - current.started).toFixed(1);
        response.setHeader('Server-Timing', `app;dur=${duration}, db;desc="${current.queries} queries"`);
      }),
    );
  }
}
