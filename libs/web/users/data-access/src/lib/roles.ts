/** The role lists of the API contract: every role, and those an administrator may create accounts for. */
export { ROLES as ALL_ROLES, CREATABLE_ROLES } from '@peer/contract';
