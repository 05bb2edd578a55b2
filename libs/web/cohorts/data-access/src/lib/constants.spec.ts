import { ATTENDANCE_STATUSES, isAbsent, isProgressFilter } from './constants';

describe('contract lists', () => {
  it('recognise the filters and the absent statuses', () => {
    expect(isProgressFilter('blocked')).toBe(true);
    expect(isProgressFilter('everything')).toBe(false);
    expect(ATTENDANCE_STATUSES.filter(isAbsent)).toEqual(['absent_excused', 'absent_unexcused']);
    expect(isAbsent(null)).toBe(false);
  });
});
