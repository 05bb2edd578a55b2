import type { RolePlayResultValue } from '@peer/contract';
import type { ObservationModel } from './observation-form-model';

/**
 * What the observer typed and the server has not stored yet, kept in the tab's session storage:
 * it survives a reload and a lost connection, and is gone when the tab is closed, so a shared
 * tablet keeps no feedback about a trainee beyond the session. `draftId` is the draft it was
 * typed on (null before the first save created one); a backup of another draft is stale.
 */
export interface ObservationBackup {
  readonly draftId: string | null;
  readonly model: ObservationModel;
}

export function backupKey(enrolmentId: string, scenarioId: string): string {
  return `peer.observation.${enrolmentId}.${scenarioId}`;
}

export function writeBackup(storage: Storage | undefined, key: string, backup: ObservationBackup): void {
  try {
    storage?.setItem(key, JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the autosave still runs, only a reload may lose the last keystrokes.
  }
}

export function clearBackup(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear where storage is disabled.
  }
}

/** The backup for this draft and these criteria, or null when there is none or it does not fit. */
export function readBackup(storage: Storage | undefined, key: string, draftId: string | null, criterionIds: readonly string[]): ObservationModel | null {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const backup = JSON.parse(raw) as Partial<ObservationBackup>;
    const model = backup.model;
    if (backup.draftId !== draftId || !model || !Array.isArray(model.marks) || typeof model.overall !== 'string') return null;
    const ids = model.marks.map((mark) => mark?.criterionId);
    if (ids.length !== criterionIds.length || ids.some((id, i) => id !== criterionIds[i])) return null;
    const marks = model.marks.map((mark) => ({
      criterionId: mark.criterionId,
      shown: typeof mark.shown === 'boolean' ? mark.shown : null,
      feedback: typeof mark.feedback === 'string' ? mark.feedback : '',
    }));
    const result: RolePlayResultValue | null = model.result === 'passed' || model.result === 'not_yet' ? model.result : null;
    return { marks, overall: model.overall, result };
  } catch {
    return null;
  }
}
