// The contract's classes use class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import { HttpErrorResponse } from '@angular/common/http';
import * as contract from '@peer/contract';
import { MAKE_UP_ERROR_CODES, makeUpErrorKey } from './make-up-errors';

describe('makeUpErrorKey', () => {
  const refusal = (code: string) => new HttpErrorResponse({ status: 409, error: { statusCode: 409, code, error: 'Conflict', message: 'x' } });

  it('knows the contract’s make-up codes', () => {
    expect(Object.keys(MAKE_UP_ERROR_CODES)).toEqual([...contract.MAKE_UP_ERROR_CODES]);
  });

  it('names the text of a make-up refusal by its code', () => {
    expect(makeUpErrorKey(refusal('make-up.no-absence'))).toBe('makeUpErrors.no-absence');
    expect(makeUpErrorKey(refusal('make-up.already-open'))).toBe('makeUpErrors.already-open');
  });

  it('leaves every other error to the generic texts', () => {
    expect(makeUpErrorKey(refusal('conflict'))).toBeNull();
    expect(makeUpErrorKey(refusal('toString'))).toBeNull();
    expect(makeUpErrorKey(new HttpErrorResponse({ status: 0 }))).toBeNull();
    expect(makeUpErrorKey(new Error('boom'))).toBeNull();
  });
});
