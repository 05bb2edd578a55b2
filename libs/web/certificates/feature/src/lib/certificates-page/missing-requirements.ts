import type { CohortProgressDto, FieldError } from '@peer/contract';
import type { Text } from '@peer/curriculum/model';

/** One unmet requirement from a refused certification, in both languages. */
export interface MissingRequirement {
  readonly id: string;
  readonly label: Text | null;
  readonly reason: Text;
}

/**
 * The requirements a 409 from `certify` names (`field` = requirement id, `message` = "sv / en"),
 * with the label and reason from the cohort's progress matrix when it has them.
 */
export function missingRequirements(errors: readonly FieldError[], progress: CohortProgressDto | null, traineeId: string): MissingRequirement[] {
  const row = progress?.rows.find((r) => r.traineeId === traineeId);
  return errors.map((error) => {
    const label = progress?.requirements.find((r) => r.id === error.field)?.label ?? null;
    const reason = row?.cells[error.field]?.reason ?? splitMessage(error.message);
    return { id: error.field, label, reason };
  });
}

/** "Dag 3 saknas / Day 3 missing" → both halves; the whole message in both when it has no separator. */
function splitMessage(message: string): Text {
  const at = message.lastIndexOf(' / ');
  return at < 0 ? { sv: message, en: message } : { sv: message.slice(0, at), en: message.slice(at + 3) };
}
