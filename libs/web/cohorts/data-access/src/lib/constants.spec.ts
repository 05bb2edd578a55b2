// The contract's classes use class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { ATTENDANCE_STATUSES, isAbsent, isProgressFilter, PROGRESS_FILTERS } from './constants';

describe('contract lists', () => {
  it('match the API contract', () => {
    expect(ATTENDANCE_STATUSES).toEqual(contract.ATTENDANCE_STATUSES);
    expect(PROGRESS_FILTERS).toEqual(contract.PROGRESS_FILTERS);
  });

  it('recognise the filters and the absent statuses', () => {
    expect(isProgressFilter('blocked')).toBe(true);
    expect(isProgressFilter('everything')).toBe(false);
    expect(ATTENDANCE_STATUSES.filter(isAbsent)).toEqual(['absent_excused', 'absent_unexcused']);
    expect(isAbsent(null)).toBe(false);
  });
});
