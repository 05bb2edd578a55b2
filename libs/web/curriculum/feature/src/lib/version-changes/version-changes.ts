import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';

/** A changed value as text: strings as they are, anything else as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value, null, typeof value === 'object' && value !== null ? 2 : undefined);
}

/** What changed from the previous version to `version` (2 or later). */
@Component({
  selector: 'peer-version-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './version-changes.html',
  styleUrl: './version-changes.css',
})
export class VersionChanges {
  private readonly curriculum = inject(CurriculumService);

  readonly courseId = input.required<string>();
  readonly version = input.required<number>();

  protected readonly from = computed(() => this.version() - 1);

  protected readonly diff = resource({
    params: () => (this.version() > 1 ? { courseId: this.courseId(), from: this.from(), to: this.version() } : undefined),
    loader: ({ params }) => this.curriculum.diff(params.courseId, params.from, params.to),
  });

  protected readonly changes = computed(() =>
    this.diff.hasValue()
      ? this.diff.value().changes.map((change) => ({
          ...change,
          beforeText: formatValue(change.before),
          afterText: formatValue(change.after),
          multiline: isStructured(change.before) || isStructured(change.after),
        }))
      : [],
  );

  protected readonly errorKey = computed(() => {
    const error = this.diff.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}

function isStructured(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}
