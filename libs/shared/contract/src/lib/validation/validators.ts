import { ValidateBy, type ValidationOptions } from 'class-validator';
import { normalisePersonalIdentityNumber } from '../personal-identity';

/**
 * A finite number with at most `places` decimals. class-validator's own
 * `IsNumber({ maxDecimalPlaces })` throws on numbers JavaScript writes in exponent notation
 * (`1e-7`), which turned such input into a server error; this one answers "invalid" instead.
 * The rule keeps the name `isNumber`, as field errors name it.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNumber',
      constraints: [places],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: () => `must be a number with at most ${places} decimals`,
      },
    },
    options,
  );
}

/** A Swedish personal identity or coordination number with its century (see `normalisePersonalIdentityNumber`). */
export function IsPersonalIdentityNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'personalIdentityNumber',
      validator: {
        validate: (value: unknown) => normalisePersonalIdentityNumber(value) !== null,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a personal identity number with its century (YYYYMMDD-NNNN) and a valid check digit`,
      },
    },
    options,
  );
}
