import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { ErrorBody } from '@peer/contract';
import type { Request, Response } from 'express';
import { ErrorFilter } from '../common/error.filter';
import { isDatabaseUnavailable } from '../health/database-availability';
import { pickLang, RETRY_AFTER_SECONDS, unavailablePage } from './pages';

/** Stable code of the JSON answer when public verification cannot reach the database. */
export const VERIFY_UNAVAILABLE = 'verify.unavailable';

/**
 * On the public pages a database failure is a 503 "try again shortly",
 * as a page for people and as an error body with a stable code for
 * programs; it must never look like "not found". Every other error gets the
 * app's usual answer.
 */
@Catch()
export class PublicPagesUnavailableFilter implements ExceptionFilter {
  private readonly logger = new Logger('PublicPages');
  private readonly fallback = new ErrorFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    if (!isDatabaseUnavailable(exception)) return this.fallback.catch(exception, host);
    this.logger.warn(`Public page answered 503, the database is unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.setHeader('Cache-Control', 'no-store');
    if (isHtmlPage(request.path)) {
      const page = unavailablePage(pickLang(request.query['lang'], request.header('accept-language')), request.path);
      response.status(page.status).type('html').send(page.html);
      return;
    }
    const body: ErrorBody & { code: string } = {
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Verification is briefly unavailable; try again shortly',
      code: VERIFY_UNAVAILABLE,
    };
    response.status(503).json(body);
  }
}

/** The pages people open (the upload form and shared records); the rest are JSON documents. */
function isHtmlPage(path: string): boolean {
  return path === '/verify' || path.startsWith('/share/');
}
