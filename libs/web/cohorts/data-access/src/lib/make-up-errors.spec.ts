import { HttpErrorResponse } from '@angular/common/http';
import { MAKE_UP_ERROR_CODES } from '@peer/contract';
import { makeUpErrorKey } from './make-up-errors';

describe('makeUpErrorKey', () => {
  const refusal = (code: string) => new HttpErrorResponse({ status: 409, error: { statusCode: 409, code, error: 'Conflict', message: 'x' } });

  it('names the text of every make-up code of the contract', () => {
    for (const code of MAKE_UP_ERROR_CODES) expect(makeUpErrorKey(refusal(code))).toBe(`makeUpErrors.${code.slice('make-up.'.length)}`);
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
