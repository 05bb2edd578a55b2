import { ArgumentsHost, ConflictException, HttpStatus } from '@nestjs/common';
import { API_ERROR_CODES, ERROR_CODES, type ErrorBody, fieldErrorCode, isApiErrorCode } from '@peer/contract';
import '@peer/contract/validation';
import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IssuerKeyErrorCodes } from '../certification/issuer-keys.service';
import type { HostMailLimitRule } from '../study-visits/study-visit.repository';
import { VERIFY_UNAVAILABLE } from '../verification/unavailable.filter';
import { Client, startTestApp, TestApp } from '../../../test/test-app';
import { ErrorFilter, FieldConflictError } from './error.filter';
import { INVALID_CHARACTERS_RULE, JSON_DEPTH_RULE } from './input-limits';

const SOURCE_ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * The rules the services raise and the codes they name, read from the source: `rule: '…'`, the
 * helpers that take a rule (`invalid(field, rule, …)`, the CSV's `fail(line, column, rule, …)`,
 * the invitations' `error(line, rule, …)`), and every dotted code on a line about codes or rules.
 */
function codesInSources(): { rules: Set<string>; codes: Set<string> } {
  const rules = new Set<string>();
  const codes = new Set<string>();
  const rulePatterns = [/rule: '([^']+)'/g, /\binvalid\('[^']*', '([^']+)'/g, /\bfail\([^,]+, '[^']*', '([^']+)'/g, /\berror\([^,()]+, '([^']+)'/g];
  for (const file of sourceFiles(SOURCE_ROOT)) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of rulePatterns) for (const match of text.matchAll(pattern)) rules.add(match[1] as string);
    for (const line of text.split('\n')) {
      if (!/code|rule|refusal|conflict\(/i.test(line)) continue;
      for (const match of line.matchAll(/'([a-z][a-zA-Z-]*\.[a-z][a-z.-]*)'/g)) codes.add(match[1] as string);
    }
  }
  return { rules, codes };
}

/** The name of every check class-validator runs on the request classes. */
function requestClassRules(): Set<string> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, { type: string; name?: string; constraintCls: unknown }[]>;
    constraintMetadatas: Map<unknown, { name: string }[]>;
  };
  // Checks class-validator runs without a decorator: unknown fields, values and bodies that are no object.
  const names = new Set<string>(['unknownField', 'unknownValue', 'isObject']);
  for (const metadatas of storage.validationMetadatas.values()) {
    for (const metadata of metadatas) {
      if (metadata.type === 'customValidation') {
        for (const constraint of storage.constraintMetadatas.get(metadata.constraintCls) ?? []) names.add(constraint.name);
      } else if (metadata.type === 'nestedValidation' || metadata.type === 'isDefined') {
        names.add(metadata.type);
      }
    }
  }
  return names;
}

/** Every limit of the host mails: a new one fails compilation here until it is listed. */
const HOST_MAIL_LIMIT_RULES = Object.keys({ 'mail.limit-visit': true, 'mail.limit-trainee': true, 'mail.limit-recipient': true } satisfies Record<HostMailLimitRule, true>);

const uncatalogued = (codes: Iterable<string>) => [...codes].filter((code) => !isApiErrorCode(code));

describe('the catalogue of error codes', () => {
  it('holds no code twice', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
  });

  it('holds the code of every status', () => {
    expect(uncatalogued(Object.values(ERROR_CODES))).toEqual([]);
  });

  it('holds the field code of every check of the request classes', () => {
    const rules = requestClassRules();
    expect(rules.size).toBeGreaterThan(10);
    expect(rules).toContain('maxLength');
    expect(uncatalogued([...rules].map(fieldErrorCode))).toEqual([]);
  });

  it('holds every rule and code the services raise', () => {
    const { rules, codes } = codesInSources();
    expect(rules).toContain('differsFromCurrent');
    expect(codes).toContain('make-up.no-absence');
    expect(uncatalogued([...rules].map(fieldErrorCode))).toEqual([]);
    expect(uncatalogued(codes)).toEqual([]);
  });

  it('holds the codes the API keeps outside the contract, and the states of an unmet requirement', () => {
    const codes = [
      ...Object.values(IssuerKeyErrorCodes),
      ...HOST_MAIL_LIMIT_RULES,
      VERIFY_UNAVAILABLE,
      JSON_DEPTH_RULE,
      INVALID_CHARACTERS_RULE,
      ...['pending', 'failed'].map(fieldErrorCode),
    ];
    expect(uncatalogued(codes)).toEqual([]);
  });
});

describe('the error filter under test', () => {
  function answer(exception: unknown): { status: number; body: ErrorBody } {
    const sent: { status: number; body: ErrorBody } = { status: 0, body: undefined as unknown as ErrorBody };
    const response = {
      status(code: number) {
        sent.status = code;
        return response;
      },
      json(body: ErrorBody) {
        sent.body = body;
        return response;
      },
    };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
    new ErrorFilter().catch(exception, host);
    return sent;
  }

  it('answers a catalogued code as it is', () => {
    const { status, body } = answer(new ConflictException({ code: 'user.last-admin', message: 'no' }));
    expect(status).toBe(409);
    expect(body.code).toBe('user.last-admin');
  });

  it('turns a refusal code missing from the catalogue into a 500 naming it', () => {
    const { status, body } = answer(new ConflictException({ code: 'user.not-catalogued', message: 'no' }));
    expect(status).toBe(500);
    expect(body.message).toContain('user.not-catalogued');
  });

  it('turns a field rule missing from the catalogue into a 500 naming its code', () => {
    const { status, body } = answer(new FieldConflictError([{ field: 'name', rule: 'notCatalogued', message: 'no' }], HttpStatus.BAD_REQUEST));
    expect(status).toBe(500);
    expect(body.message).toContain('field.not-catalogued');
  });
});

describe('error codes on the real app', () => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  it('answers bad input, a refusal and a missing thing with catalogued codes', async () => {
    const badEmail = await admin.post('/api/users', { email: 'not-an-address', name: 'Anna', role: 'trainee' });
    expect(badEmail.status).toBe(400);
    expect(isApiErrorCode(badEmail.body.code)).toBe(true);
    expect((badEmail.body as ErrorBody).errors?.map((e) => e.code)).toContain('field.is-email');

    const self = await admin.post(`/api/users/${admin.user.id}/deactivate`);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('user.self');

    const missing = await admin.get('/api/cohorts/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not-found');
  });
});
