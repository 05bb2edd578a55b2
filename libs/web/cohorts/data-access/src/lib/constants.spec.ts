// The contract's classes use class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { ATTENDANCE_STATUSES, isAbsent, isProgressFilter, PROGRESS_FILTERS, PROGRESS_MAX_PAGE_SIZE, PROGRESS_PAGE_SIZE, PROGRESS_STATE_CODES } from './constants';

describe('contract lists', () => {
  it('match the API contract', () => {
    expect(ATTENDANCE_STATUSES).toEqual(contract.ATTENDANCE_STATUSES);
    expect(PROGRESS_FILTERS).toEqual(contract.PROGRESS_FILTERS);
    expect(PROGRESS_PAGE_SIZE).toBe(contract.PROGRESS_PAGE_SIZE);
    expect(PROGRESS_MAX_PAGE_SIZE).toBe(contract.PROGRESS_MAX_PAGE_SIZE);
    expect(PROGRESS_STATE_CODES).toEqual(contract.PROGRESS_STATE_CODES);
  });

  it('recognise the filters and the absent statuses', () => {
    expect(isProgressFilter('blocked')).toBe(true);
    expect(isProgressFilter('everything')).toBe(false);
    expect(ATTENDANCE_STATUSES.filter(isAbsent)).toEqual(['absent_excused', 'absent_unexcused']);
    expect(isAbsent(null)).toBe(false);
  });
});
