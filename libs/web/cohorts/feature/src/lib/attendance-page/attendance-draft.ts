import type { AttendanceRowDto, AttendanceStatus } from '@peer/contract';
import type { AttendanceMarkInput } from '@peer/web/cohorts/data-access';

/** What the course leader has chosen for one trainee, saved or not. */
export interface DraftMark {
  readonly status: AttendanceStatus | null;
  readonly comment: string;
}

export type AttendanceDraft = ReadonlyMap<string, DraftMark>;

/** The draft as the API has it: every row's saved status and comment. */
export function draftOf(rows: readonly AttendanceRowDto[]): AttendanceDraft {
  return new Map(rows.map((row) => [row.traineeId, { status: row.status, comment: row.comment ?? '' }]));
}

export function isChanged(row: AttendanceRowDto, mark: DraftMark | undefined): boolean {
  if (!mark || mark.status === null) return false;
  return mark.status !== row.status || mark.comment.trim() !== (row.comment ?? '');
}

/**
 * The marks to send: only rows whose status or comment differs from what is saved. A mark
 * always carries its comment, because the API clears a comment that is left out.
 */
export function changedMarks(rows: readonly AttendanceRowDto[], draft: AttendanceDraft): AttendanceMarkInput[] {
  return rows.flatMap((row) => {
    const mark = draft.get(row.traineeId);
    if (!mark || mark.status === null || !isChanged(row, mark)) return [];
    const comment = mark.comment.trim();
    return [{ traineeId: row.traineeId, status: mark.status, ...(comment ? { comment } : {}) }];
  });
}

/** Rows with a comment but no status yet: the comment cannot be saved on its own. */
export function commentsWithoutStatus(rows: readonly AttendanceRowDto[], draft: AttendanceDraft): AttendanceRowDto[] {
  return rows.filter((row) => {
    const mark = draft.get(row.traineeId);
    return mark !== undefined && mark.status === null && mark.comment.trim() !== '';
  });
}

/** "Everyone present": every trainee without a mark, except those who reported an absence. */
export function markAllPresent(rows: readonly AttendanceRowDto[], draft: AttendanceDraft): AttendanceDraft {
  const next = new Map(draft);
  for (const row of rows) {
    const mark = next.get(row.traineeId) ?? { status: null, comment: '' };
    if (mark.status === null && !row.notice) next.set(row.traineeId, { ...mark, status: 'present' });
  }
  return next;
}
