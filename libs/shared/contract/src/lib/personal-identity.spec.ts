import { normalisePersonalIdentityNumber } from './personal-identity';

describe('normalisePersonalIdentityNumber', () => {
  it('answers the twelve digits of a valid number, however it is written', () => {
    expect(normalisePersonalIdentityNumber('19121212-1212')).toBe('191212121212');
    expect(normalisePersonalIdentityNumber('191212121212')).toBe('191212121212');
    expect(normalisePersonalIdentityNumber(' 19811218 9876 ')).toBe('198112189876');
    // Over a hundred years old: written with a plus.
    expect(normalisePersonalIdentityNumber('19121212+1212')).toBe('191212121212');
  });

  it('takes a coordination number, whose day is 60 more', () => {
    expect(normalisePersonalIdentityNumber('19701063-2391')).toBe('197010632391');
  });

  it('refuses a wrong check digit, a date that does not exist, a ten-digit form and what is not a string', () => {
    expect(normalisePersonalIdentityNumber('19121212-1213')).toBeNull();
    expect(normalisePersonalIdentityNumber('19230229-1234')).toBeNull();
    expect(normalisePersonalIdentityNumber('19121312-1212')).toBeNull();
    expect(normalisePersonalIdentityNumber('121212-1212')).toBeNull();
    expect(normalisePersonalIdentityNumber('19121212-121')).toBeNull();
    expect(normalisePersonalIdentityNumber(191212121212)).toBeNull();
    expect(normalisePersonalIdentityNumber(undefined)).toBeNull();
  });

  it('accepts exactly the numbers whose Luhn sum over the last ten digits is a multiple of ten', () => {
    for (let check = 0; check <= 9; check++) {
      const valid = normalisePersonalIdentityNumber(`19811218-987${check}`) !== null;
      expect(valid).toBe(check === 6);
    }
  });
});
