import { formatDay, formatInstant } from './format';

describe('formatting', () => {
  it('writes a course-day date in either language, on the same calendar day', () => {
    expect(formatDay('2026-03-02', 'sv')).toMatch(/^mån 2 mars 2026$/);
    expect(formatDay('2026-03-02', 'en')).toMatch(/^Mon,? 2 Mar 2026$/);
    expect(formatDay('2026-03-02', 'sv', 'short')).toBe('2 mars 2026');
    expect(formatDay('not a date', 'sv')).toBe('not a date');
  });

  it('writes an instant in Swedish time', () => {
    expect(formatInstant('2026-03-02T08:05:00.000Z', 'sv')).toBe('2 mars 2026 09:05');
  });
});
