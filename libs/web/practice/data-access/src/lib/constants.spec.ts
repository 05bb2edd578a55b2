import { canReflect, canSendConfirmation, STUDY_VISIT_STATES } from './constants';

describe('contract lists', () => {
  it('say when a reflection may be written and a link sent', () => {
    expect(STUDY_VISIT_STATES.filter(canReflect)).toEqual(['confirmed', 'reflected', 'returned']);
    expect(STUDY_VISIT_STATES.filter(canSendConfirmation)).toEqual(['planned', 'awaiting_host']);
  });
});
