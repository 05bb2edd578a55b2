import type { CreatableRole, Role } from '@peer/contract';

/**
 * Role lists of the API contract (`ROLES`, `CREATABLE_ROLES` in `@peer/contract`), repeated
 * so the contract's class-validator classes stay out of the browser bundle; a unit test
 * keeps both in step.
 */
export const ALL_ROLES: readonly Role[] = ['admin', 'course_leader', 'trainee'];
export const CREATABLE_ROLES: readonly CreatableRole[] = ['course_leader', 'trainee'];
