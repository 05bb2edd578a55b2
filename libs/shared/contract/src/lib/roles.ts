/**
 * `national_admin` creates the regional organisations and their first administrators and publishes
 * the national curriculum; she belongs to no organisation and reaches no trainee. Everyone else
 * belongs to one organisation, and an `admin` administers only her own.
 */
export const ROLES = ['admin', 'course_leader', 'trainee', 'national_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles within an organisation: what its administrators list, assign and change between. */
export const ORGANISATION_ROLES = ['admin', 'course_leader', 'trainee'] as const satisfies readonly Role[];
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Roles an administrator may create accounts for. */
export const CREATABLE_ROLES = ['course_leader', 'trainee'] as const satisfies readonly Role[];
export type CreatableRole = (typeof CREATABLE_ROLES)[number];
