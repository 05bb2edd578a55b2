import { todayInStockholm } from './stockholm-date';

describe('todayInStockholm', () => {
  it('gives the Swedish calendar date, not the UTC one', () => {
    expect(todayInStockholm(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
    // 23:30 UTC is already the next day in Stockholm (CET, UTC+1).
    expect(todayInStockholm(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    // Summer time, UTC+2.
    expect(todayInStockholm(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
