import type { AttendanceStatus, RequirementState } from '@peer/contract';

/**
 * Lists of the API contract (`ATTENDANCE_STATUSES`, `PROGRESS_FILTERS`, the progress page sizes
 * and state codes in `@peer/contract`),
 * repeated so the contract's class-validator classes stay out of the browser bundle; a unit
 * test keeps both in step.
 */
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'late', 'absent_excused', 'absent_unexcused'];

export const PROGRESS_FILTERS = ['all', 'blocked', 'certifiable'] as const;
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number];

/** Rows of the progress matrix per page when none is asked for, and the most one request may ask for. */
export const PROGRESS_PAGE_SIZE = 100;
export const PROGRESS_MAX_PAGE_SIZE = 500;

/** The one-letter state codes of a compact progress page. */
export const PROGRESS_STATE_CODES: Readonly<Record<RequirementState, string>> = { met: 'm', pending: 'p', failed: 'f' };

export function isProgressFilter(value: unknown): value is ProgressFilter {
  return PROGRESS_FILTERS.includes(value as ProgressFilter);
}

/** The statuses that count as absent: a day to make up. */
export function isAbsent(status: AttendanceStatus | null | undefined): boolean {
  return status === 'absent_excused' || status === 'absent_unexcused';
}
