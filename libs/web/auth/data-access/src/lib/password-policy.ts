/**
 * Password length rules of the API (`PASSWORD_MIN_LENGTH` / `PASSWORD_MAX_LENGTH` in
 * `@peer/contract`). Repeated here because the contract's entry point also carries the
 * class-validator request classes, which should stay out of the browser bundle; a unit
 * test keeps both in step.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
