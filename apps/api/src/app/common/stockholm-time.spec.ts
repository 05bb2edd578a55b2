import { stockholmInstant, stockholmToday } from './stockholm-time';

describe('Stockholm time', () => {
  it('knows the Swedish date around midnight UTC', () => {
    expect(stockholmToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(stockholmToday(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('turns wall-clock times into instants in winter and in summer', () => {
    expect(stockholmInstant('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(stockholmInstant('2026-07-15', '09:00').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    // The morning the clocks go forward (29 March 2026, 02:00 → 03:00).
    expect(stockholmInstant('2026-03-29', '10:30').toISOString()).toBe('2026-03-29T08:30:00.000Z');
  });
});
