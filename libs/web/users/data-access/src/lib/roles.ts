/**
 * The role lists of the API contract: the roles within an organisation (what its administrators
 * list, assign and change between; never `national_admin`), and those an administrator may create accounts for.
 */
export { ORGANISATION_ROLES as ALL_ROLES, CREATABLE_ROLES } from '@peer/contract';
