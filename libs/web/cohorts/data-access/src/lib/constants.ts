import { type AttendanceStatus, PROGRESS_FILTERS, PROGRESS_STATE_CODES as STATE_CODES, type RequirementState } from '@peer/contract';

/**
 * Lists of the API contract: the attendance statuses, the progress filters and the progress page
 * sizes (rows per page when none is asked for, and the most one request may ask for).
 */
export { ATTENDANCE_STATUSES, PROGRESS_FILTERS, PROGRESS_MAX_PAGE_SIZE, PROGRESS_PAGE_SIZE } from '@peer/contract';
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number];

/** The contract's one-letter state codes of a compact progress page, read as any letter a page may hold. */
export const PROGRESS_STATE_CODES: Readonly<Record<RequirementState, string>> = STATE_CODES;

export function isProgressFilter(value: unknown): value is ProgressFilter {
  return PROGRESS_FILTERS.includes(value as ProgressFilter);
}

/** The statuses that count as absent: a day to make up. */
export function isAbsent(status: AttendanceStatus | null | undefined): boolean {
  return status === 'absent_excused' || status === 'absent_unexcused';
}
