import { parseHours } from './study-visit-rules';

describe('parseHours', () => {
  it('reads a decimal comma or point', () => {
    expect(parseHours('2,5')).toBe(2.5);
    expect(parseHours(' 4 ')).toBe(4);
    expect(parseHours('0.5')).toBe(0.5);
    expect(parseHours('24')).toBe(24);
  });

  it('refuses what the API would refuse', () => {
    for (const text of ['', '0', '0,4', '24,5', '2,25', 'fyra', '-1', '1e1']) {
      expect({ text, hours: parseHours(text) }).toEqual({ text, hours: null });
    }
  });
});
