import { CriterionMark, markedCriteria, signBlocker } from './observation-rules';

const mark = (criterionId: string, shown: boolean | null, feedback = ''): CriterionMark => ({ criterionId, shown, feedback });

describe('signBlocker', () => {
  it('needs every criterion marked first', () => {
    expect(signBlocker([mark('a', true), mark('b', null), mark('c', null)], 'not_yet')).toEqual({ kind: 'allMarked', unmarked: ['b', 'c'] });
  });

  it('needs a result', () => {
    expect(signBlocker([mark('a', true)], null)).toEqual({ kind: 'result' });
  });

  it('passes only when every criterion is shown', () => {
    expect(signBlocker([mark('a', true), mark('b', false)], 'passed')).toEqual({ kind: 'allShown', notShown: ['b'] });
    expect(signBlocker([mark('a', true), mark('b', false)], 'not_yet')).toBeNull();
    expect(signBlocker([mark('a', true), mark('b', true)], 'passed')).toBeNull();
  });
});

describe('markedCriteria', () => {
  it('sends the marked criteria, with trimmed feedback when there is any', () => {
    expect(markedCriteria([mark('a', true, '  Bra  '), mark('b', null, 'Hmm'), mark('c', false, '   ')])).toEqual([
      { criterionId: 'a', shown: true, feedback: 'Bra' },
      { criterionId: 'c', shown: false },
    ]);
  });
});
