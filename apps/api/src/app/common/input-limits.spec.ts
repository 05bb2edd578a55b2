import { hasInvalidCharacters, invalidCharacterErrors, jsonNestsDeeperThan } from './input-limits';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('input limits', () => {
  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonNestsDeeperThan(bytes('{"a":[1,{"b":2}]}'), 3)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":[1,{"b":[2]}]}'), 3)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a":"[[[[{{{{"}'), 1)).toBe(false);
    expect(jsonNestsDeeperThan(bytes('{"a":"\\"[[[[","b":{}}'), 1)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('{"a\\\\":[[]]}'), 2)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('['.repeat(40_000)), 32)).toBe(true);
    expect(jsonNestsDeeperThan(bytes('[]'.repeat(40_000)), 1)).toBe(false);
  });

  it('refuses NUL bytes and unpaired surrogates, and accepts pairs', () => {
    expect(hasInvalidCharacters('Åsa 🌲')).toBe(false);
    expect(hasInvalidCharacters('a\u0000b')).toBe(true);
    expect(hasInvalidCharacters('\ud800')).toBe(true);
    expect(hasInvalidCharacters('x\udc00')).toBe(true);
    expect(hasInvalidCharacters('\ud83d\ud83d\udc00')).toBe(true);
  });

  it('names every field holding such a string, nested ones too', () => {
    expect(invalidCharacterErrors({ name: 'ok', marks: [{ note: 'a\u0000' }], tags: { x: '\ud800' } })).toEqual([
      expect.objectContaining({ field: 'marks.0.note', rule: 'string.invalid-characters' }),
      expect.objectContaining({ field: 'tags.x', rule: 'string.invalid-characters' }),
    ]);
    expect(invalidCharacterErrors('a\u0000', 'code')).toEqual([expect.objectContaining({ field: 'code' })]);
    expect(invalidCharacterErrors({ 'a\u0000': 1 })).toEqual([expect.objectContaining({ field: 'value' })]);
    expect(invalidCharacterErrors(undefined, 'x')).toEqual([]);
  });
});
