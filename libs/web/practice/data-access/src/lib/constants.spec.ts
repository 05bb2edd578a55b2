// The contract's classes use class-transformer decorators, which need the metadata polyfill.
import 'reflect-metadata';
import * as contract from '@peer/contract';
import { canReflect, canSendConfirmation, ROLE_PLAY_RESULTS, STUDY_VISIT_STATES } from './constants';

describe('contract lists', () => {
  it('match the API contract', () => {
    expect(ROLE_PLAY_RESULTS).toEqual(contract.ROLE_PLAY_RESULTS);
    expect(STUDY_VISIT_STATES).toEqual(contract.STUDY_VISIT_STATES);
  });

  it('say when a reflection may be written and a link sent', () => {
    expect(STUDY_VISIT_STATES.filter(canReflect)).toEqual(['confirmed', 'reflected', 'returned']);
    expect(STUDY_VISIT_STATES.filter(canSendConfirmation)).toEqual(['planned', 'awaiting_host']);
  });
});
