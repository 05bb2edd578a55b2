export const ROLES = ['admin', 'course_leader', 'trainee'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an administrator may create accounts for. */
export const CREATABLE_ROLES = ['course_leader', 'trainee'] as const satisfies readonly Role[];
export type CreatableRole = (typeof CREATABLE_ROLES)[number];
