import type { AttendanceRowDto } from '@peer/contract';
import { changedMarks, commentsWithoutStatus, draftOf, markAllPresent } from './attendance-draft';

const rows: AttendanceRowDto[] = [
  { traineeId: 'a', name: 'Åsa', status: null, comment: null, notice: null },
  { traineeId: 'b', name: 'Björn', status: 'late', comment: 'Buss', notice: null },
  { traineeId: 'c', name: 'Cecilia', status: null, comment: null, notice: { reason: 'Sjuk', reportedAt: '2026-03-01T08:00:00Z' } },
];

describe('attendance draft', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedMarks(rows, draftOf(rows))).toEqual([]);
  });

  it('sends only the changed rows, each with its comment', () => {
    const draft = new Map(draftOf(rows));
    draft.set('a', { status: 'present', comment: '' });
    draft.set('b', { status: 'late', comment: ' Buss ' });
    expect(changedMarks(rows, draft)).toEqual([{ traineeId: 'a', status: 'present' }]);

    draft.set('b', { status: 'present', comment: 'Buss' });
    expect(changedMarks(rows, draft)).toEqual([
      { traineeId: 'a', status: 'present' },
      { traineeId: 'b', status: 'present', comment: 'Buss' },
    ]);
  });

  it('sends a changed comment, and a cleared one without a comment', () => {
    const draft = new Map(draftOf(rows));
    draft.set('b', { status: 'late', comment: '' });
    expect(changedMarks(rows, draft)).toEqual([{ traineeId: 'b', status: 'late' }]);
  });

  it('marks everyone without a mark or a reported absence present', () => {
    const draft = markAllPresent(rows, draftOf(rows));
    expect(changedMarks(rows, draft)).toEqual([{ traineeId: 'a', status: 'present' }]);
    expect(draft.get('b')?.status).toBe('late');
    expect(draft.get('c')?.status).toBeNull();
  });

  it('finds comments that have no status to go with', () => {
    const draft = new Map(draftOf(rows));
    draft.set('c', { status: null, comment: 'Ringde' });
    expect(commentsWithoutStatus(rows, draft).map((row) => row.name)).toEqual(['Cecilia']);
  });
});
