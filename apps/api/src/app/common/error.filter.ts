import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ERROR_CODES, type ErrorBody, type FieldError, fieldErrorCode, isApiErrorCode } from '@peer/contract';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { RequestValidationError } from './validation';

/** Raised by services for a rule broken by one field, e.g. an e-mail already in use. */
export class FieldConflictError extends HttpException {
  /** `refusalCode` names the refusal as a whole, whatever the number of fields. */
  constructor(readonly fieldErrors: FieldError[], status = HttpStatus.CONFLICT, readonly refusalCode?: string) {
    super(fieldErrors.map((e) => e.message).join('; '), status);
  }
}

/** Gives every error the same body; never leaks internals of a 500. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = catalogued(this.toBody(exception));
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof RequestValidationError || exception instanceof FieldConflictError) {
      const statusCode = exception.getStatus();
      const errors = exception.fieldErrors.map((e) => ({ ...e, code: e.code ?? fieldErrorCode(e.rule) }));
      // One broken rule is the body's code; several say the request as a whole was refused.
      const named = exception instanceof FieldConflictError ? exception.refusalCode : undefined;
      const code = named ?? (errors.length === 1 ? (errors[0]?.code as string) : codeOf(statusCode));
      return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message: exception.message, errors };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? exception.message);
      const named = typeof response === 'object' ? (response as { code?: unknown }).code : undefined;
      return { statusCode, code: typeof named === 'string' ? named : codeOf(statusCode), error: STATUS_CODES[statusCode] ?? 'Error', message };
    }
    const status = bodyParserStatus(exception);
    if (status) {
      return { statusCode: status, code: codeOf(status), error: STATUS_CODES[status] ?? 'Error', message: bodyParserMessage(status) };
    }
    return { statusCode: 500, code: codeOf(500), error: 'Internal Server Error', message: 'Something went wrong on our side.' };
  }
}

/**
 * Under test, a code missing from `API_ERROR_CODES` turns the answer into a 500 naming it, so
 * a refusal with a new code fails its spec until the code is catalogued (and the web words it).
 */
function catalogued(body: ErrorBody): ErrorBody {
  if (process.env['NODE_ENV'] !== 'test') return body;
  const missing = [body.code, ...(body.errors ?? []).map((e) => e.code)].filter((code) => !isApiErrorCode(code));
  if (missing.length === 0) return body;
  const message = `Error codes missing from API_ERROR_CODES: ${missing.join(', ')}`;
  new Logger('ErrorFilter').error(message);
  return { statusCode: 500, code: codeOf(500), error: 'Internal Server Error', message };
}

function codeOf(status: number): string {
  return ERROR_CODES[status] ?? (status >= 500 ? 'internal' : 'request.invalid');
}

/** body-parser errors carry a 4xx `status` and a `type` such as entity.parse.failed. */
function bodyParserStatus(exception: unknown): number | undefined {
  const candidate = exception as { status?: unknown; type?: unknown };
  return typeof candidate?.status === 'number' && candidate.status >= 400 && candidate.status < 500 && typeof candidate.type === 'string'
    ? candidate.status
    : undefined;
}

function bodyParserMessage(status: number): string {
  if (status === 413) return 'Request body is too large';
  if (status === 415) return 'Unsupported content type';
  return 'Request body is not valid JSON';
}
