import fc from 'fast-check';
import { publicStatus } from './status';
import { validityEnd } from './validity';

const instants = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T23:59:59Z'), noInvalidDate: true });
const years = fc.integer({ min: 1, max: 10 });

describe('validityEnd', () => {
  it('adds whole calendar years at the same time of day', () => {
    expect(validityEnd(new Date('2026-05-04T09:30:00Z'), { years: 3 })?.toISOString()).toBe('2029-05-04T09:30:00.000Z');
  });

  it('ends a certificate issued on a leap day on 28 February, or on 29 February in a leap year', () => {
    expect(validityEnd(new Date('2028-02-29T12:00:00Z'), { years: 3 })?.toISOString()).toBe('2031-02-28T12:00:00.000Z');
    expect(validityEnd(new Date('2028-02-29T12:00:00Z'), { years: 4 })?.toISOString()).toBe('2032-02-29T12:00:00.000Z');
  });

  it('never expires without a validity period', () => {
    expect(validityEnd(new Date('2026-05-04T09:30:00Z'), undefined)).toBeNull();
    expect(validityEnd(new Date('2026-05-04T09:30:00Z'), null)).toBeNull();
  });

  it('refuses a period that is not a positive whole number of years', () => {
    expect(() => validityEnd(new Date(), { years: 0 })).toThrow('validity years must be a positive integer (found 0)');
    expect(() => validityEnd(new Date(), { years: 1.5 })).toThrow('validity years must be a positive integer');
  });

  it('keeps year, month and time of day, and the day unless that month is shorter', () => {
    fc.assert(
      fc.property(instants, years, (issued, n) => {
        const end = validityEnd(issued, { years: n }) as Date;
        expect(end.getUTCFullYear()).toBe(issued.getUTCFullYear() + n);
        expect(end.getUTCMonth()).toBe(issued.getUTCMonth());
        expect(end.getUTCHours() * 3600000 + end.getUTCMinutes() * 60000 + end.getUTCSeconds() * 1000 + end.getUTCMilliseconds()).toBe(
          issued.getUTCHours() * 3600000 + issued.getUTCMinutes() * 60000 + issued.getUTCSeconds() * 1000 + issued.getUTCMilliseconds(),
        );
        const leapDayLost = issued.getUTCMonth() === 1 && issued.getUTCDate() === 29 && end.getUTCDate() === 28;
        if (!leapDayLost) expect(end.getUTCDate()).toBe(issued.getUTCDate());
      }),
    );
  });

  it('lasts between 365·n − 1 and 366·n days, and a longer period never ends earlier', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(instants, years, years, (issued, a, b) => {
        const end = validityEnd(issued, { years: a }) as Date;
        const days = (end.getTime() - issued.getTime()) / day;
        expect(days).toBeGreaterThanOrEqual(365 * a - 1);
        expect(days).toBeLessThanOrEqual(366 * a);
        if (a <= b) expect(end.getTime()).toBeLessThanOrEqual((validityEnd(issued, { years: b }) as Date).getTime());
      }),
    );
  });

  it('is valid up to its end and expired after it', () => {
    fc.assert(
      fc.property(instants, years, fc.integer({ min: 1, max: 10_000_000 }), (issued, n, ms) => {
        const validUntil = validityEnd(issued, { years: n }) as Date;
        expect(publicStatus({ status: 'valid', validUntil }, new Date(validUntil.getTime() - ms))).toBe('valid');
        expect(publicStatus({ status: 'valid', validUntil }, new Date(validUntil.getTime() + ms))).toBe('expired');
      }),
    );
  });
});
