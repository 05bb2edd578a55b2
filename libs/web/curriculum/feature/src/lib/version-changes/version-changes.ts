import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { CurriculumService } from '@peer/web/curriculum/data-access';
import { errorMessageKey, toApiError } from '@peer/web/shared/util';
import { ChangeList } from '../change-list/change-list';

/** What changed to `version` (2 or later) from the version before it, or from any earlier one the reader picks. */
@Component({
  selector: 'peer-version-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ChangeList],
  templateUrl: './version-changes.html',
})
export class VersionChanges {
  private readonly curriculum = inject(CurriculumService);

  readonly courseId = input.required<string>();
  readonly version = input.required<number>();

  /** The version compared with: the one before, until the reader picks another. */
  protected readonly from = linkedSignal(() => this.version() - 1);
  protected readonly earlier = computed(() => Array.from({ length: this.version() - 1 }, (_, i) => this.version() - 1 - i));

  protected chooseFrom(value: string): void {
    const from = Number(value);
    if (this.earlier().includes(from)) this.from.set(from);
  }

  protected readonly diff = resource({
    params: () => (this.version() > 1 ? { courseId: this.courseId(), from: this.from(), to: this.version() } : undefined),
    loader: ({ params }) => this.curriculum.diff(params.courseId, params.from, params.to),
  });

  protected readonly errorKey = computed(() => {
    const error = this.diff.error();
    return error ? errorMessageKey(toApiError(error)) : null;
  });
}
