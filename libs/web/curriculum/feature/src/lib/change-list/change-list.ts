import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CourseChange } from '@peer/curriculum/model';

/** A changed value as text: strings as they are, anything else as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value, null, typeof value === 'object' && value !== null ? 2 : undefined);
}

/** Changes between two contents of a course: what was added, removed or changed, before and after. */
@Component({
  selector: 'peer-change-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './change-list.html',
  styleUrl: './change-list.css',
})
export class ChangeList {
  readonly changes = input.required<readonly CourseChange[]>();

  protected readonly shown = computed(() =>
    this.changes().map((change) => ({
      ...change,
      beforeText: formatValue(change.before),
      afterText: formatValue(change.after),
      multiline: isStructured(change.before) || isStructured(change.after),
    })),
  );
}

function isStructured(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
