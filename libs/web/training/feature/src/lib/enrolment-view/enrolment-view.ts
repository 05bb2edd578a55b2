import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyEnrolmentDto } from '@peer/contract';
import { todayInStockholm } from '@peer/web/cohorts/data-access';
import { RequirementList } from '@peer/web/shared/ui';
import { FORMAT } from '@peer/web/shared/util';

/** Requirement kinds the trainee works on in the practice section. */
const PRACTICE_KINDS: ReadonlySet<string> = new Set(['role-play', 'study-visit']);

/** One of the trainee's cohorts in brief: where they stand, what is missing, and where to go next. */
@Component({
  selector: 'peer-enrolment-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, FORMAT, RequirementList],
  templateUrl: './enrolment-view.html',
  styleUrl: './enrolment-view.css',
})
export class EnrolmentView {
  readonly enrolment = input.required<MyEnrolmentDto>();

  /** Read once per view: the next day does not need to turn over at midnight. */
  private readonly today = todayInStockholm();
  protected readonly idPrefix = computed(() => `enrolment-${this.enrolment().enrolmentId}`);
  protected readonly percent = computed(() => {
    const { met, total } = this.enrolment().result.summary;
    return total === 0 ? 0 : Math.round((met / total) * 100);
  });
  /** The first course day still to come. */
  protected readonly nextDay = computed(
    () =>
      [...this.enrolment().days].filter((day) => day.date > this.today).sort((a, b) => a.date.localeCompare(b.date) || a.dayNumber - b.dayNumber)[0] ??
      null,
  );
  /** Role-plays and study visits not yet met. */
  protected readonly practiceLeft = computed(
    () => this.enrolment().result.requirements.filter((requirement) => PRACTICE_KINDS.has(requirement.kind) && requirement.status !== 'met').length,
  );
}
