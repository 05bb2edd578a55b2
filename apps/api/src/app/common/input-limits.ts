import type { FieldError } from '@peer/contract';

/** A JSON body may be this large; the largest legitimate one is an enrolment CSV of 200,000 characters. */
export const MAX_JSON_BYTES = '1mb';

/** No request of the API nests deeper than a few levels; 32 leaves room and keeps every recursive walk shallow. */
export const MAX_JSON_DEPTH = 32;

export const JSON_DEPTH_RULE = 'json.depth';
export const INVALID_CHARACTERS_RULE = 'string.invalid-characters';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether a JSON text nests objects and arrays deeper than `max`. A flat scan over the bytes, so
 * that a document nested 40,000 deep is refused before any recursive code (the parser's callers,
 * class-transformer, class-validator) walks it and runs out of stack.
 */
export function jsonNestsDeeperThan(text: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * A NUL byte is refused by PostgreSQL text columns and an unpaired UTF-16 surrogate cannot be
 * stored or sent as UTF-8 without silently changing it, so neither is accepted anywhere.
 */
export function hasInvalidCharacters(text: string): boolean {
  return text.includes('\u0000') || !isWellFormed(text);
}

function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/**
 * One error per string (value or key) in `value` holding characters that are never accepted.
 * The walk stops at the JSON depth limit, which bodies have already passed and query strings
 * cannot reach.
 */
export function invalidCharacterErrors(value: unknown, field = '', depth = 0): FieldError[] {
  const name = field || 'value';
  if (typeof value === 'string') {
    return hasInvalidCharacters(value) ? [{ field: name, rule: INVALID_CHARACTERS_RULE, message: `${name} contains characters that are not allowed` }] : [];
  }
  if (value === null || typeof value !== 'object' || depth > MAX_JSON_DEPTH) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (hasInvalidCharacters(key)) {
      return [{ field: name, rule: INVALID_CHARACTERS_RULE, message: `${name} has a field name with characters that are not allowed` }];
    }
    return invalidCharacterErrors(child, field ? `${field}.${key}` : key, depth + 1);
  });
}
