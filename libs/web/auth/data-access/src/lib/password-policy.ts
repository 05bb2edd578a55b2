import { maxLength, minLength, required, SchemaPath, validate } from '@angular/forms/signals';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@peer/contract';

/** Password length rules of the API contract. */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };

/**
 * A password being chosen, typed twice: the contract's length rules on the
 * first, and the second must repeat it (`mismatch`).
 */
export function newPasswordRules(password: SchemaPath<string>, repeated: SchemaPath<string>): void {
  required(password);
  minLength(password, PASSWORD_MIN_LENGTH);
  maxLength(password, PASSWORD_MAX_LENGTH);
  required(repeated);
  validate(repeated, ({ value, valueOf }) => (value() && value() !== valueOf(password) ? { kind: 'mismatch' } : undefined));
}
