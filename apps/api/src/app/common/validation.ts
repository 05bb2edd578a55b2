import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@peer/contract';
import type { IncomingMessage } from 'node:http';
import { invalidCharacterErrors, JSON_DEPTH_RULE, jsonNestsDeeperThan, MAX_JSON_DEPTH } from './input-limits';

/** Flattens class-validator's tree into one entry per field and broken rule. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule: rule === 'whitelistValidation' ? 'unknownField' : rule,
      message: rule === 'whitelistValidation' ? `${field} is not an accepted field` : message,
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export class RequestValidationError extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    super('Request validation failed');
  }
}

/** body-parser's `verify` hook: runs on the raw bytes, before JSON.parse. */
export function refuseDeepJson(_request: IncomingMessage, _response: unknown, body: Buffer, encoding: string): void {
  // The scan reads UTF-8 bytes; the rare UTF-16 body is scanned in its UTF-8 form.
  const bytes = /^utf-?8$/i.test(encoding) ? body : Buffer.from(new TextDecoder(encoding).decode(body), 'utf8');
  if (jsonNestsDeeperThan(bytes, MAX_JSON_DEPTH)) {
    throw new RequestValidationError([
      { field: 'body', rule: JSON_DEPTH_RULE, message: `The request body must not nest deeper than ${MAX_JSON_DEPTH} levels` },
    ]);
  }
}

/** Checks every string a handler receives from the client before the DTO rules run. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const errors = invalidCharacterErrors(value, metadata.data ?? '');
      if (errors.length > 0) throw new RequestValidationError(errors);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(toFieldErrors(errors)),
  });
}
