import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CriterionMarkDto, RolePlayAttemptDto } from '@peer/contract';
import { FORMAT } from '@peer/web/shared/util';

/**
 * One role-play attempt, read-only: who signed it and when, each criterion with its mark and
 * feedback, the overall feedback and the trainee's reflections. Shared by the observer's page
 * and the trainee's own list.
 */
@Component({
  selector: 'peer-attempt-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, FORMAT],
  templateUrl: './attempt-view.html',
  styleUrl: './attempt-view.css',
})
export class AttemptView {
  readonly attempt = input.required<RolePlayAttemptDto>();
  /** Whether to show the marks and feedback: the trainee sees them only once the attempt is signed. */
  readonly showMarks = input(true);
  /** Label over the reflections, e.g. "Deltagarens reflektioner"; none when the page has its own heading. */
  readonly reflectionsKey = input<string | null>('practice.observation.reflections');
  /** Shown when there are no reflections; none when empty. */
  readonly noReflectionsKey = input<string | null>('practice.observation.noReflections');

  protected markKey(mark: CriterionMarkDto): string {
    if (mark.shown === null) return 'criterionMark.unmarked';
    return mark.shown ? 'criterionMark.shown' : 'criterionMark.notShown';
  }

  protected markState(mark: CriterionMarkDto): string {
    if (mark.shown === null) return 'unmarked';
    return mark.shown ? 'shown' : 'not-shown';
  }
}
