/** Password length rules of the API contract. */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@peer/contract';
