import type { RequirementState } from '@peer/contract';

/** A symbol per state, shown next to the state's word so colour is never the only cue. */
export const STATE_ICONS: Record<RequirementState, string> = { met: '✓', pending: '○', failed: '✕' };
