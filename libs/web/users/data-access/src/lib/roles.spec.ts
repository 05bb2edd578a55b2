// The contract's request classes carry decorators that need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { ALL_ROLES, CREATABLE_ROLES } from './roles';

describe('role lists', () => {
  it('match the API contract', () => {
    expect(ALL_ROLES).toEqual(contract.ROLES);
    expect(CREATABLE_ROLES).toEqual(contract.CREATABLE_ROLES);
  });
});
