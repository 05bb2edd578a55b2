// The contract's request classes carry decorators that need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

describe('password policy', () => {
  it('matches the API contract', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(contract.PASSWORD_MIN_LENGTH);
    expect(PASSWORD_MAX_LENGTH).toBe(contract.PASSWORD_MAX_LENGTH);
  });
});
