import type { AttendanceStatus } from '@peer/contract';

/**
 * Lists of the API contract (`ATTENDANCE_STATUSES`, `PROGRESS_FILTERS` in `@peer/contract`),
 * repeated so the contract's class-validator classes stay out of the browser bundle; a unit
 * test keeps both in step.
 */
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'absent_excused', 'absent_unexcused'];

export const PROGRESS_FILTERS = ['all', 'blocked', 'certifiable'] as const;
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number];

export function isProgressFilter(value: unknown): value is ProgressFilter {
  return PROGRESS_FILTERS.includes(value as ProgressFilter);
}

/** The statuses that count as absent: a day to make up. */
export function isAbsent(status: AttendanceStatus | null | undefined): boolean {
  return status === 'absent_excused' || status === 'absent_unexcused';
}
